package io.globaldesk.telemetry;

import java.time.Instant;

/**
 * One call a customer's back end made to the vendor's API (see the API contract, Telemetry). {@code status} is kept as
 * sent: an HTTP code such as {@code "200"} or a word such as {@code "OK"}/{@code "ERROR"}; {@code errorCode} is
 * {@code null} when absent.
 */
public record ApiCallEvent(Instant ts, String appId, String api, String region, String status, String errorCode,
                           double latencyMs) {

    /** A call succeeded when its status is a 1xx–3xx code or the word OK/SUCCESS, and it carries no error code. */
    public boolean success() {
        if (errorCode != null && !errorCode.isBlank()) return false;
        String s = status.strip();
        if (s.equalsIgnoreCase("OK") || s.equalsIgnoreCase("SUCCESS")) return true;
        if (s.length() == 3 && s.chars().allMatch(Character::isDigit)) return s.charAt(0) >= '1' && s.charAt(0) <= '3';
        return false;
    }
}
