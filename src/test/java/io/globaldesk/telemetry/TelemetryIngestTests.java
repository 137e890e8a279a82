package io.globaldesk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelemetryIngestTests {

    static final String GOOD = QualitySampleParserTests.GOOD;

    @TempDir
    Path dataDir;

    DuckDbTelemetryStore store;
    IngestGate gate = new IngestGate(8 << 20, 100_000, Duration.ofSeconds(1));
    List<AggregateWindowClosed> closed = new ArrayList<>();
    RollingAggregator aggregator;
    TelemetryIngest ingest;

    @BeforeEach
    void open() {
        store = new DuckDbTelemetryStore(dataDir);
        aggregator = new RollingAggregator(store, Duration.ofSeconds(5), closed::add);
        ingest = new TelemetryIngest(new QualitySampleParser(), new ApiCallEventParser(), store, gate, aggregator);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TelemetryIngest.Outcome send(String body, String key) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return ingest.samples(new ByteArrayInputStream(bytes), bytes.length, key);
    }

    @Test
    void storesTheGoodLinesOfAMalformedBatchOnceEvenWhenItIsSentAgain() {
        String body = String.join("\n",
                GOOD,
                "{\"ts\": oops}",
                GOOD.replace("\"ts\":\"2026-11-25T03:00:02Z\",", ""),
                GOOD.replace("\"uplinkLossPct\":0.4", "\"uplinkLossPct\":-0.4"),
                GOOD.replace("\"uplinkLossPct\":0.4", "\"uplinkLossPct\":140"),
                GOOD.replace("\"WIFI\"", "\"WIMAX\""),
                "{\"ts\":\"2026-11-25T03:00:02Z\",\"x\":\"" + "y".repeat(1 << 20) + "\"}",
                GOOD.replace("\"userId\":\"u-17\"", "\"userId\":\"u-18\""));

        TelemetryIngest.Outcome first = send(body, "batch-7");
        TelemetryIngest.Outcome again = send(body, "batch-7");

        assertThat(first).isInstanceOfSatisfying(TelemetryIngest.Outcome.Accepted.class, a -> {
            assertThat(a.duplicate()).isFalse();
            assertThat(a.result().accepted()).isEqualTo(2);
            assertThat(a.result().errors()).extracting(LineError::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        });
        assertThat(again).isInstanceOfSatisfying(TelemetryIngest.Outcome.Accepted.class,
                a -> assertThat(a.duplicate()).isTrue());
        assertThat(store.sessionSamples("chan-991:1732503600")).extracting(QualitySample::userId)
                .containsExactly("u-17", "u-18");
        assertThat(gate.bytesInFlight()).isZero();
    }

    @Test
    void answersOverloadedWhileTheGateIsFullAndStoresNothing() {
        IngestGate.Admitted other = (IngestGate.Admitted) gate.admit(8 << 20);

        TelemetryIngest.Outcome outcome = send(GOOD, null);
        other.permit().close();

        assertThat(outcome).isInstanceOfSatisfying(TelemetryIngest.Outcome.Overloaded.class,
                o -> assertThat(o.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(store.sessionSamples("chan-991:1732503600")).isEmpty();
    }

    @Test
    void feedsTheWatermarkSoThatMinutesCloseAsSamplesArrive() {
        send(GOOD, null);
        send(GOOD.replace("03:00:02Z", "03:01:30Z"), null);

        aggregator.closeDueWindows();

        assertThat(closed).extracting(AggregateWindowClosed::minute).containsExactly(Instant.parse("2026-11-25T03:00:00Z"));
    }

    @Test
    void storesApiCallEvents() {
        byte[] body = """
                {"ts":"2026-11-25T03:00:02Z","appId":"app-42","api":"joinChannel","region":"eu-west","status":"OK","latencyMs":35}
                {"ts":"2026-11-25T03:00:03Z","appId":"app-42","api":"joinChannel","region":"eu-west","status":"OK"}
                """.getBytes(StandardCharsets.UTF_8);

        TelemetryIngest.Outcome outcome = ingest.apiCalls(new ByteArrayInputStream(body), body.length, "k");
        store.aggregateMinute(Instant.parse("2026-11-25T03:00:00Z"));

        assertThat(outcome).isInstanceOfSatisfying(TelemetryIngest.Outcome.Accepted.class,
                a -> assertThat(a.result().errors()).containsExactly(new LineError(2, "latencyMs is required")));
        assertThat(store.apiCallAggregates("app-42", Instant.parse("2026-11-25T03:00:00Z"),
                Instant.parse("2026-11-25T03:01:00Z"))).singleElement().extracting(ApiCallAggregate::calls).isEqualTo(1L);
    }
}
