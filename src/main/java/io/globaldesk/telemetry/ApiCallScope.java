package io.globaldesk.telemetry;

/** The keys of an API-call aggregate: app × API × region. */
public record ApiCallScope(String appId, String api, String region) {
}
