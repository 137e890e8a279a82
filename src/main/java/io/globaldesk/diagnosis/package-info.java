/**
 * Session diagnosis: for one user of one call, decides where a quality problem sits (the user's own network, a remote
 * peer, the ISP in the region, the vendor's edge node, the device, or nowhere) and shows the evidence behind the verdict.
 * Entry point: {@link io.globaldesk.diagnosis.SessionDiagnostician}; the telemetry store supplies data through the
 * {@link io.globaldesk.diagnosis.DiagnosisInput} port.
 */
package io.globaldesk.diagnosis;
