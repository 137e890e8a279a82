package io.globaldesk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiCallEventParserTests {

    private final ApiCallEventParser parser = new ApiCallEventParser();

    private ParsedBatch<ApiCallEvent> parse(String body) {
        return parser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEventsWithStringOrNumericStatus() {
        ParsedBatch<ApiCallEvent> batch = parse("""
                {"ts":"2026-11-25T03:00:02Z","appId":"app-42","api":"joinChannel","region":"eu-west","status":"OK","latencyMs":35}
                {"ts":"2026-11-25T03:00:03Z","appId":"app-42","api":"renewToken","region":"eu-west","status":503,"errorCode":"E_OVERLOAD","latencyMs":1200.5}
                """);

        assertThat(batch.records()).containsExactly(
                new ApiCallEvent(Instant.parse("2026-11-25T03:00:02Z"), "app-42", "joinChannel", "eu-west", "OK", null, 35),
                new ApiCallEvent(Instant.parse("2026-11-25T03:00:03Z"), "app-42", "renewToken", "eu-west", "503", "E_OVERLOAD", 1200.5));
        assertThat(batch.records()).extracting(ApiCallEvent::success).containsExactly(true, false);
    }

    @Test
    void rejectsMissingRequiredFieldsNegativeLatencyAndBadJson() {
        ParsedBatch<ApiCallEvent> batch = parse("""
                {"appId":"a","api":"x","region":"r","status":"OK","latencyMs":1}
                {"ts":"2026-11-25T03:00:02Z","appId":"a","api":"x","region":"r","status":"OK","latencyMs":-3}
                {"ts":"2026-11-25T03:00:02Z","appId":"a","api":"x","region":"r","status":"OK"}
                {"ts":"2026-11-25T03:00:02Z","appId":"a","api":"x","region":"r","status":true,"latencyMs":1}
                {"ts":"2026-11-25T03:00:02Z","appId":"a","api":"x","region":"r","status":"OK","latencyMs":1
                {"ts":"2026-11-25T03:00:02Z","appId":"a","api":"x","region":"r","status":"200","latencyMs":1}
                """);

        assertThat(batch.result().accepted()).isEqualTo(1);
        assertThat(batch.result().errors()).containsExactly(
                new LineError(1, "ts is required"),
                new LineError(2, "latencyMs must not be negative, was -3.0"),
                new LineError(3, "latencyMs is required"),
                new LineError(4, "status must be a string or an integer"),
                new LineError(5, batch.result().errors().get(4).message()));
        assertThat(batch.result().errors().get(4).message()).startsWith("bad JSON");
    }

    @Test
    void countsClientAndServerErrorCodesAsFailures() {
        ApiCallEvent ok = new ApiCallEvent(Instant.EPOCH, "a", "x", "r", "204", null, 1);
        assertThat(ok.success()).isTrue();
        assertThat(new ApiCallEvent(Instant.EPOCH, "a", "x", "r", "404", null, 1).success()).isFalse();
        assertThat(new ApiCallEvent(Instant.EPOCH, "a", "x", "r", "ERROR", null, 1).success()).isFalse();
        assertThat(new ApiCallEvent(Instant.EPOCH, "a", "x", "r", "OK", "E1", 1).success()).isFalse();
    }
}
