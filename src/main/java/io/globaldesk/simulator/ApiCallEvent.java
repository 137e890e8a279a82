package io.globaldesk.simulator;

import java.time.Instant;

/**
 * One call of the vendor's server API, with the fields of the API contract's api-calls line, so that it can be
 * replaced by the telemetry module's own record.
 *
 * @param status    HTTP status of the call
 * @param errorCode {@code null} for successful calls
 */
public record ApiCallEvent(Instant ts, String appId, String api, String region, int status, String errorCode,
                           double latencyMs) {
}
