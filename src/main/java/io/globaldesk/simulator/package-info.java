/**
 * Generates realistic call-quality telemetry and API-call events across regions, ISPs, edge nodes and devices, with
 * injectable faults of every diagnosis segment and the ground truth for each user: for tests, benchmarks, the
 * {@code SimulatorMain} command and the demo feed. Deterministic from a seed and driven by event time from a start instant.
 */
package io.globaldesk.simulator;
