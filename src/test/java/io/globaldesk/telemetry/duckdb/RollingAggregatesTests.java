package io.globaldesk.telemetry.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.globaldesk.telemetry.AggregateWindowClosed;
import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.ApiCallEvent;
import io.globaldesk.telemetry.ApiCallScope;
import io.globaldesk.telemetry.MosEstimator;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import io.globaldesk.telemetry.RollingAggregator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingAggregatesTests {

    static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    static final QualityScope TOKYO = new QualityScope("ap-northeast", "NTT", "edge-tyo-3", "app-42", "Android", "4.5.1");

    @TempDir
    Path dataDir;

    DuckDbTelemetryStore store;
    List<AggregateWindowClosed> announced = new ArrayList<>();
    RollingAggregator aggregator;

    @BeforeEach
    void open() {
        store = new DuckDbTelemetryStore(dataDir);
        aggregator = new RollingAggregator(store, Duration.ofSeconds(10), announced::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void append(List<QualitySample> samples) {
        store.appendSamples(samples, null);
        samples.forEach(s -> aggregator.observe(s.ts(), s.ts()));
    }

    @Test
    void aggregatesAMinuteOnlyOnceTheWatermarkHasPassedIt() {
        append(List.of(Samples.at("2026-11-25T03:00:05Z").build()));
        append(List.of(Samples.at("2026-11-25T03:01:09Z").build()));

        assertThat(aggregator.closeDueWindows()).isEmpty();

        append(List.of(Samples.at("2026-11-25T03:01:10Z").build()));
        List<AggregateWindowClosed> closed = aggregator.closeDueWindows();

        assertThat(closed).singleElement().satisfies(e -> {
            assertThat(e.minute()).isEqualTo(T0);
            assertThat(e.qualityScopes()).containsExactly(TOKYO);
        });
        assertThat(announced).isEqualTo(closed);
        assertThat(aggregator.closeDueWindows()).isEmpty();
    }

    @Test
    void computesTheMinutesFiguresPerScope() {
        double[] rtts = {40, 10, 30, 20};
        List<QualitySample> samples = new ArrayList<>();
        for (int i = 0; i < rtts.length; i++) {
            samples.add(Samples.at("2026-11-25T03:00:00Z").plusSeconds(i * 10L).session("s-" + (i % 2))
                    .user("u-" + i).link(rtts[i], (double) i, 0.0, 2.0 * i).build());
        }
        samples.add(Samples.at("2026-11-25T03:00:30Z").isp("eu-west", "BT", "edge-lon-1").build());
        samples.add(Samples.at("2026-11-25T03:01:00Z").build()); // next minute: not in this window
        append(samples);
        append(List.of(Samples.at("2026-11-25T03:02:00Z").build()));

        aggregator.closeDueWindows();
        List<QualityAggregate> tokyo = store.qualityAggregates(TOKYO, T0, T0.plusSeconds(60));

        assertThat(store.qualityAggregates(QualityScope.any(), T0, T0.plusSeconds(60))).hasSize(2);
        QualityStats s = tokyo.getFirst().stats();
        assertThat(tokyo).hasSize(1);
        assertThat(s.samples()).isEqualTo(4);
        assertThat(s.sessions()).isEqualTo(2);
        assertThat(s.users()).isEqualTo(4);
        // sorted rtt 10, 20, 30, 40: p50 = 25, p95 at rank 2.85 = 30 + 0.85 * 10
        assertThat(s.rttP50()).isCloseTo(25.0, within(1e-9));
        assertThat(s.rttP95()).isCloseTo(38.5, within(1e-9));
        assertThat(s.lossP50()).isCloseTo(1.5, within(1e-9));
        assertThat(s.jitterP95()).isCloseTo(5.7, within(1e-9));
        assertThat(s.videoFreezeAvg()).isCloseTo(1.2, within(1e-9));
        MosEstimator mos = new MosEstimator();
        double expectedMos = (mos.mos(40, 0.0, 0.0) + mos.mos(10, 1.0, 2.0) + mos.mos(30, 2.0, 4.0) + mos.mos(20, 3.0, 6.0)) / 4;
        assertThat(s.mosAvg()).isCloseTo(expectedMos, within(1e-9));
    }

    @Test
    void aggregatesApiCallsPerAppApiAndRegion() {
        List<ApiCallEvent> calls = List.of(
                new ApiCallEvent(T0.plusSeconds(1), "app-42", "joinChannel", "eu-west", "200", null, 10),
                new ApiCallEvent(T0.plusSeconds(2), "app-42", "joinChannel", "eu-west", "503", "E_OVERLOAD", 50),
                new ApiCallEvent(T0.plusSeconds(3), "app-42", "joinChannel", "eu-west", "OK", null, 20),
                new ApiCallEvent(T0.plusSeconds(4), "app-42", "joinChannel", "eu-west", "OK", null, 40),
                new ApiCallEvent(T0.plusSeconds(5), "app-7", "renewToken", "us-east", "OK", null, 5));
        store.appendApiCalls(calls, null);
        aggregator.observe(T0, T0.plusSeconds(75));

        List<AggregateWindowClosed> closed = aggregator.closeDueWindows();
        List<ApiCallAggregate> app42 = store.apiCallAggregates("app-42", T0, T0.plusSeconds(60));

        assertThat(closed.getFirst().apiCallScopes()).containsExactly(new ApiCallScope("app-42", "joinChannel", "eu-west"),
                new ApiCallScope("app-7", "renewToken", "us-east"));
        assertThat(app42).singleElement().satisfies(a -> {
            assertThat(a.calls()).isEqualTo(4);
            assertThat(a.errors()).isEqualTo(1);
            assertThat(a.errorRate()).isEqualTo(0.25);
            assertThat(a.successRate()).isEqualTo(0.75);
            assertThat(a.latencyP50()).isCloseTo(30.0, within(1e-9));
            assertThat(a.latencyAvg()).isCloseTo(30.0, within(1e-9));
        });
    }

    @Test
    void doesNotReopenAClosedMinuteForLateSamples() {
        append(List.of(Samples.at("2026-11-25T03:00:05Z").build(), Samples.at("2026-11-25T03:01:30Z").build()));
        aggregator.closeDueWindows();

        append(List.of(Samples.at("2026-11-25T03:00:06Z").build()));

        assertThat(aggregator.isClosed(Instant.parse("2026-11-25T03:00:06Z"))).isTrue();
        assertThat(aggregator.closeDueWindows()).isEmpty();
        assertThat(store.qualityAggregates(QualityScope.any(), T0, T0.plusSeconds(60)).getFirst().stats().samples())
                .isEqualTo(1);
        assertThat(store.sessionSamples("s-1")).hasSize(3);
    }

    @Test
    void resumesAfterTheLastClosedMinuteWhenReopened() {
        append(List.of(Samples.at("2026-11-25T03:00:05Z").build(), Samples.at("2026-11-25T03:01:30Z").build()));
        aggregator.closeDueWindows();
        store.close();
        store = new DuckDbTelemetryStore(dataDir);
        List<AggregateWindowClosed> after = new ArrayList<>();
        aggregator = new RollingAggregator(store, Duration.ofSeconds(10), after::add);

        append(List.of(Samples.at("2026-11-25T03:02:30Z").build()));
        aggregator.closeDueWindows();

        assertThat(after).extracting(AggregateWindowClosed::minute).containsExactly(T0.plusSeconds(60));
    }

    @Test
    void replayedTelemetryClosesTheSameWindowsAsLive(@TempDir Path replayDir) {
        List<QualitySample> tenMinutes = new ArrayList<>();
        for (int i = 0; i < 300; i++) tenMinutes.add(Samples.at("2026-11-25T03:00:00Z").plusSeconds(2L * i).build());
        for (List<QualitySample> batch : partition(tenMinutes, 7)) {
            append(batch);
            aggregator.closeDueWindows();
        }

        List<AggregateWindowClosed> replayed = new ArrayList<>();
        try (DuckDbTelemetryStore replay = new DuckDbTelemetryStore(replayDir)) {
            RollingAggregator replayAggregator = new RollingAggregator(replay, Duration.ofSeconds(10), replayed::add);
            replay.appendSamples(tenMinutes, null);
            replayAggregator.observe(tenMinutes.getFirst().ts(), tenMinutes.getLast().ts());
            replayAggregator.closeDueWindows();
            assertThat(replay.qualityAggregates(QualityScope.any(), T0, T0.plusSeconds(600)))
                    .isEqualTo(store.qualityAggregates(QualityScope.any(), T0, T0.plusSeconds(600)));
        }

        // the last sample is at 03:09:58, so the watermark (10 s late) has passed 03:00 .. 03:08 but not 03:09
        assertThat(announced).hasSize(9).isEqualTo(replayed);
        assertThat(announced.getLast().minute()).isEqualTo(T0.plusSeconds(8 * 60));
        assertThat(store.qualityAggregates(QualityScope.any(), T0, T0.plusSeconds(600)))
                .hasSize(9).allSatisfy(a -> assertThat(a.stats().samples()).isEqualTo(30));
    }

    private static <T> List<List<T>> partition(List<T> all, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) parts.add(all.subList(i, Math.min(all.size(), i + size)));
        return parts;
    }
}
