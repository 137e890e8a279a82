package io.globaldesk.telemetry;

import static io.globaldesk.telemetry.FieldRules.required;

import java.time.Instant;

/** Decodes and validates one API-call event line; a numeric status (an HTTP code) is kept as its digits. */
final class ApiCallEventDecoder implements LineDecoder<ApiCallEvent> {

    @Override
    public ApiCallEvent decode(byte[] buffer, int offset, int length) {
        Instant ts = null;
        String appId = null, api = null, region = null, status = null, errorCode = null;
        Double latency = null;
        try (JsonLine line = JsonLine.open(buffer, offset, length)) {
            for (String f = line.nextField(); f != null; f = line.nextField()) {
                switch (f) {
                    case "ts" -> ts = line.instant(f);
                    case "appId" -> appId = line.string(f);
                    case "api" -> api = line.string(f);
                    case "region" -> region = line.string(f);
                    case "status" -> status = line.stringOrInteger(f);
                    case "errorCode" -> errorCode = line.stringOrInteger(f);
                    case "latencyMs" -> latency = line.nonNegative(f);
                    default -> line.skipValue();
                }
            }
        }
        return new ApiCallEvent(required(ts, "ts"), required(appId, "appId"), required(api, "api"),
                required(region, "region"), required(status, "status"), errorCode, required(latency, "latencyMs"));
    }
}
