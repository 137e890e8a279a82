package io.globaldesk.telemetry.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.telemetry.ApiCallEvent;
import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.MosEstimator;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.RetentionPolicy;
import io.globaldesk.telemetry.RetentionReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTests {

    @TempDir
    Path dataDir;

    @Test
    void dropsRawDaysOlderThan30DaysAndAggregatesOlderThan13Months() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        Clock clock = Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir, RetentionPolicy.defaults(), new MosEstimator(), clock)) {
            store.appendSamples(List.of(Samples.at("2026-10-25T23:59:59Z").session("old").build()), "old-key");
            store.appendSamples(List.of(Samples.at("2026-10-26T00:00:00Z").session("kept").build()), null);
            store.appendApiCalls(List.of(new ApiCallEvent(Instant.parse("2026-10-20T00:00:00Z"), "a", "x", "r", "OK", null, 1)), null);
            store.aggregateMinute(Instant.parse("2026-10-25T23:59:00Z"));
            store.appendSamples(List.of(Samples.at("2025-10-24T10:00:00Z").session("ancient").build()), null);
            store.aggregateMinute(Instant.parse("2025-10-24T10:00:00Z"));
            store.appendSamples(List.of(Samples.at("2025-10-25T10:00:00Z").session("year-old").build()), null);
            store.aggregateMinute(Instant.parse("2025-10-25T10:00:00Z"));

            RetentionReport report = store.enforceRetention(now);

            assertThat(report.droppedDays()).containsExactly(LocalDate.parse("2025-10-24"), LocalDate.parse("2025-10-25"),
                    LocalDate.parse("2026-10-20"), LocalDate.parse("2026-10-25"));
            assertThat(report.aggregateRowsDeleted()).isEqualTo(1);
            assertThat(store.sessionSamples("old")).isEmpty();
            // the diagnosis link rollup of that closed minute went with the raw samples
            assertThat(store.cohortLink(QualityScope.ofIsp("ap-northeast", "NTT"), null,
                    Instant.parse("2026-10-25T23:59:00Z"), Instant.parse("2026-10-26T00:00:00Z"), null))
                    .isEqualTo(CohortLink.EMPTY);
            assertThat(store.sessionSamples("kept")).hasSize(1);
            assertThat(store.qualityAggregates(QualityScope.any(), Instant.parse("2025-01-01T00:00:00Z"), now))
                    .extracting(a -> a.minute().toString())
                    .containsExactly("2025-10-25T10:00:00Z", "2026-10-25T23:59:00Z");
            // the key left with its rows: the same batch may be stored again
            assertThat(store.appendSamples(List.of(Samples.at("2026-10-25T23:59:59Z").session("old").build()), "old-key")
                    .duplicate()).isFalse();
        }
    }

    @Test
    void keepsNothingTheDefaultPolicyWouldDropWhenAllDataIsRecent() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir)) {
            store.appendSamples(List.of(Samples.at("2026-11-25T11:00:00Z").build()), null);

            assertThat(store.enforceRetention(now).droppedDays()).isEmpty();
            assertThat(store.sessionSamples("s-1")).hasSize(1);
        }
    }
}
