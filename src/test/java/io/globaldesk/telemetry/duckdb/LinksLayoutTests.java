package io.globaldesk.telemetry.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.telemetry.MosEstimator;
import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.RetentionPolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksLayoutTests {

    @TempDir
    Path dataDir;

    @Test
    void storesEachLinkOnceAndReadsSamplesBackWithTheirLinkColumns() throws Exception {
        QualitySample a1 = Samples.at("2026-11-25T03:00:00Z").session("s-1").user("u-1").build();
        QualitySample a2 = Samples.at("2026-11-25T03:00:02Z").session("s-1").user("u-1").build();
        QualitySample b1 = Samples.at("2026-11-25T03:00:00Z").session("s-1").user("u-2").isp("eu-west", "O2", "edge-fra-1").build();
        QualitySample nextDay = Samples.at("2026-11-26T00:00:01Z").session("s-1").user("u-1").build();
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir)) {
            store.appendSamples(List.of(a1, b1), null);
            store.appendSamples(List.of(a2), null);
            store.appendSamples(List.of(nextDay), null);

            assertThat(store.sessionSamples("s-1")).containsExactly(a1, b1, a2, nextDay);
            List<QualityGroup> byIsp = store.qualityBy(QualityDimension.ISP, QualityScope.any(),
                    Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z"));
            assertThat(byIsp).extracting(QualityGroup::key).containsExactlyInAnyOrder(a1.isp(), "O2");
        }
        assertThat(count("SELECT count(*) FROM links")).isEqualTo(2L);
        assertThat(count("SELECT count(*) FROM qs_20261125")).isEqualTo(3L);
        // reopened: known links keep their numbers, a new one gets the next
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir)) {
            store.appendSamples(List.of(Samples.at("2026-11-26T00:00:03Z").session("s-1").user("u-1").build(),
                    Samples.at("2026-11-26T00:00:03Z").session("s-2").user("u-1").build()), null);
            assertThat(store.sessionSamples("s-1")).hasSize(5);
        }
        assertThat(count("SELECT count(*) FROM links")).isEqualTo(3L);
        assertThat(count("SELECT count(DISTINCT link) FROM links")).isEqualTo(3L);
    }

    @Test
    void dropsTheLinksOfRetiredDaysOnly() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir, RetentionPolicy.defaults(), new MosEstimator(), clock)) {
            store.appendSamples(List.of(Samples.at("2026-10-20T10:00:00Z").session("old").build()), null);
            // a call that crossed into a kept day keeps its link
            store.appendSamples(List.of(Samples.at("2026-10-25T23:59:58Z").session("crossing").build(),
                    Samples.at("2026-10-26T00:00:00Z").session("crossing").build()), null);

            store.enforceRetention(Instant.parse("2026-11-25T12:00:00Z"));

            assertThat(store.sessionSamples("old")).isEmpty();
            assertThat(store.sessionSamples("crossing")).hasSize(1);
        }
        assertThat(count("SELECT string_agg(session_id, ',' ORDER BY session_id) FROM links")).isEqualTo("crossing");
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir)) {
            store.appendSamples(List.of(Samples.at("2026-11-25T10:00:00Z").session("old").build()), null);
            assertThat(store.sessionSamples("old")).hasSize(1);
        }
    }

    @Test
    void convertsDayTablesOfTheEarlierWideLayoutWhenItOpens() throws Exception {
        Path file = java.nio.file.Files.createDirectories(dataDir.resolve("telemetry")).resolve("telemetry.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE qs_20261125 (ts TIMESTAMP NOT NULL, app_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL, "
                    + "user_id VARCHAR NOT NULL, country VARCHAR, region VARCHAR, isp VARCHAR, network_type VARCHAR, "
                    + "edge_node VARCHAR, os VARCHAR, platform VARCHAR, sdk_version VARCHAR, device VARCHAR, rtt_ms DOUBLE, "
                    + "uplink_loss_pct DOUBLE, downlink_loss_pct DOUBLE, jitter_ms DOUBLE, send_kbps DOUBLE, recv_kbps DOUBLE, "
                    + "fps DOUBLE, audio_freeze_pct DOUBLE, video_freeze_pct DOUBLE, cpu_app_pct DOUBLE, cpu_system_pct DOUBLE, "
                    + "loss_pct DOUBLE, mos DOUBLE)");
            st.execute("INSERT INTO qs_20261125 VALUES "
                    + "('2026-11-25 03:00:00', 'app', 's-9', 'u-1', 'JP', 'ap-northeast', 'NTT', 'WIFI', 'edge-tyo-1', "
                    + "'Android 15', 'Android', '4.5.1', 'Pixel 9', 40, 0.5, 0.2, 5, 800, 1200, 24, 0, 0.5, 20, 40, 0.5, 4.3), "
                    + "('2026-11-25 03:00:02', 'app', 's-9', 'u-1', 'JP', 'ap-northeast', 'NTT', 'WIFI', 'edge-tyo-1', "
                    + "'Android 15', 'Android', '4.5.1', 'Pixel 9', 60, 1.5, 0.2, 5, 800, 1200, 24, 0, 0.5, 20, 40, 1.5, 4.2), "
                    + "('2026-11-25 03:00:00', 'app', 's-9', 'u-2', 'JP', 'ap-northeast', NULL, NULL, NULL, "
                    + "NULL, 'unknown', NULL, NULL, 70, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 4.0)");
            st.execute("CREATE TABLE session_spans (session_id VARCHAR, first_ts TIMESTAMP, last_ts TIMESTAMP)");
        }
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir)) {
            List<QualitySample> samples = store.sessionSamples("s-9");
            assertThat(samples).extracting(QualitySample::userId, QualitySample::rttMs, QualitySample::isp)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("u-1", 40.0, "NTT"),
                            org.assertj.core.groups.Tuple.tuple("u-2", 70.0, null),
                            org.assertj.core.groups.Tuple.tuple("u-1", 60.0, "NTT"));
            store.appendSamples(List.of(Samples.at("2026-11-25T03:00:04Z").session("s-9").user("u-3").build()), null);
            assertThat(store.sessionSamples("s-9")).hasSize(4);
        }
        assertThat(count("SELECT count(*) FROM links")).isEqualTo(3L);
        assertThat(count("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'session_spans'")).isEqualTo(0L);
    }

    private Object count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dataDir.resolve("telemetry/telemetry.duckdb"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            Object v = rs.getObject(1);
            return v instanceof Number n ? n.longValue() : v;
        }
    }
}
