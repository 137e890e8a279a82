package io.globaldesk.bench;

import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a telemetry store with many samples generated inside DuckDB, for {@link TelemetryQueryBenchmark}: sample
 * {@code i} is at {@code start + i/3000 s} (6,000 users sending every 2 s), user slot {@code i % 6000} is in call
 * {@code slot / 3}, calls last ten minutes and start staggered, each call sits in one of 6 regions and its users spread
 * over the region's 3 ISPs and 3 edge nodes. The store creates its day tables, views and indexes; this inserts the rows (narrow day rows plus one row per link, numbered from the user slot), then
 * closes every minute through the store (minute aggregates and the diagnosis link rollup) as ingest would have.
 */
final class SqlFill {

    private static final long PER_SECOND = 3_000;
    private static final long CHUNK = 10_000_000;

    private static final String LINK_COLUMNS = "app_id, session_id, user_id, country, region, isp, network_type, "
            + "edge_node, os, platform, sdk_version, device";
    private static final String FIGURES = "rtt_ms, uplink_loss_pct, downlink_loss_pct, jitter_ms, send_kbps, recv_kbps, "
            + "fps, audio_freeze_pct, video_freeze_pct, cpu_app_pct, cpu_system_pct, loss_pct, mos";

    private static String anyValue(String columns) {
        return java.util.Arrays.stream(columns.split(", ")).map(c -> "any_value(" + c + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private SqlFill() {
    }

    static void fill(Path dir, Instant start, long samples) throws Exception {
        Instant end = start.plusMillis(samples * 1000 / PER_SECOND);
        // let the store create the schema and every day table the samples fall into (with one real sample each)
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dir)) {
            for (LocalDate d = day(start); !d.isAfter(day(end)); d = d.plusDays(1)) {
                Instant at = d.atStartOfDay(ZoneOffset.UTC).toInstant();
                store.appendSamples(List.of(new QualitySample(at, "app-seed", "seed:" + d, "u-seed", "JP",
                        "ap-northeast", "NTT", QualitySample.NetworkType.WIFI, "edge-tyo-1", "Android 15", "4.5.1",
                        "Pixel 9", 40.0, 0.1, 0.1, 5.0, 800.0, 1200.0, 24.0, 0.0, 0.5, 20.0, 40.0)), null);
            }
        }
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("telemetry/telemetry.duckdb"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE fill_links AS SELECT * FROM links LIMIT 0");
            for (long from = 0; from < samples; from += CHUNK) {
                long to = Math.min(samples, from + CHUNK);
                st.execute("CREATE OR REPLACE TEMP TABLE chunk AS " + select(start, from, to));
                for (LocalDate d = day(at(start, from)); !d.isAfter(day(at(start, to - 1))); d = d.plusDays(1)) {
                    st.execute("INSERT INTO qs_" + d.format(DateTimeFormatter.BASIC_ISO_DATE) + " SELECT ts, link, "
                            + FIGURES + " FROM chunk WHERE ts >= TIMESTAMP '" + d + " 00:00:00' AND ts < TIMESTAMP '"
                            + d.plusDays(1) + " 00:00:00' ORDER BY ts");
                }
                st.execute("INSERT INTO fill_links SELECT link, min(ts), " + anyValue(LINK_COLUMNS) + " FROM chunk GROUP BY link");
                System.out.printf("  %,d samples generated, %.0f s%n", to, (System.nanoTime() - t0) / 1e9);
            }
            st.execute("DROP TABLE chunk");
            st.execute("INSERT INTO links SELECT link, min(first_ts), " + anyValue(LINK_COLUMNS)
                    + " FROM fill_links GROUP BY link ORDER BY link");
            st.execute("CHECKPOINT");
            System.out.printf("  links and checkpoint done, %.0f s%n", (System.nanoTime() - t0) / 1e9);
        }
        // close every minute as the rolling aggregator would: minute aggregates and the diagnosis link rollup
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dir)) {
            Instant last = end.truncatedTo(ChronoUnit.MINUTES);
            for (Instant m = start; !m.isAfter(last); m = m.plusSeconds(60)) store.aggregateMinute(m);
            store.checkpoint();
        }
        System.out.printf("  every minute closed (aggregates and link rollup), %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static Instant at(Instant start, long i) {
        return start.plusMillis(i * 1000 / PER_SECOND);
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    /** Rows {@code [from, to)} in the store's day-table column order. */
    private static String select(Instant start, long from, long to) {
        String regions = "['ap-northeast', 'ap-southeast', 'cn-east', 'eu-west', 'us-east', 'sa-east']";
        String countries = "['JP', 'SG', 'CN', 'DE', 'US', 'BR']";
        String isps = "['NTT', 'KDDI', 'SoftBank', 'Singtel', 'StarHub', 'M1', 'China Telecom', 'China Unicom', "
                + "'China Mobile', 'Deutsche Telekom', 'Vodafone', 'O2', 'Comcast', 'Verizon', 'AT&T', 'Vivo', 'Claro', 'TIM']";
        String edges = "['edge-tyo-1', 'edge-tyo-3', 'edge-osa-1', 'edge-sin-1', 'edge-sin-2', 'edge-jkt-1', 'edge-sha-1', "
                + "'edge-sha-2', 'edge-hgh-1', 'edge-fra-1', 'edge-fra-2', 'edge-ams-1', 'edge-iad-1', 'edge-iad-2', "
                + "'edge-nyc-1', 'edge-gru-1', 'edge-gru-2', 'edge-rio-1']";
        String oses = "['Android 15', 'Android 14', 'iOS 18.1', 'iOS 17.6', 'Windows 11', 'macOS 15.1', 'Web Chrome']";
        String platforms = "['Android', 'Android', 'iOS', 'iOS', 'Windows', 'macOS', 'Web']";
        String devices = "['Pixel 9', 'Galaxy S24', 'iPhone 16', 'iPhone 14', 'PC', 'MacBook Pro', 'Chrome 131']";
        String networks = "['WIFI', 'WIFI', 'ETHERNET', 'CELLULAR_4G', 'CELLULAR_5G']";
        // tick: 2-s step; slot: the user's place among 6,000; call: which ten-minute call the slot is in at that tick
        String calls = "SELECT i, i // 6000 AS tick, i % 6000 AS slot, "
                + "((i // 6000 + (i % 6000 // 3) * 7 % 300) // 300) * 2000 + i % 6000 // 3 AS call FROM range(" + from
                + ", " + to + ") r(i)";
        String users = "SELECT i, tick, call, call % 6 AS reg, call * 3 + slot % 3 AS usr, call * 3 + slot % 3 + 1000 AS link, "
                + "(call * 3 + slot % 3) * 2654435761 % 1000003 AS h FROM (" + calls + ")";
        String rows = "SELECT TIMESTAMP '" + start.toString().replace('T', ' ').replace("Z", "") + "' + "
                + "to_microseconds(i * 1000000 // " + PER_SECOND + ") AS ts, link, 'app-' || (call % 40) AS app_id, "
                + "'chan-' || call AS session_id, 'u-' || usr AS user_id, " + countries + "[reg + 1] AS country, "
                + regions + "[reg + 1] AS region, " + isps + "[reg * 3 + h % 3 + 1] AS isp, "
                + networks + "[h % 5 + 1] AS network_type, " + edges + "[reg * 3 + h // 3 % 3 + 1] AS edge_node, "
                + oses + "[h // 9 % 7 + 1] AS os, " + platforms + "[h // 9 % 7 + 1] AS platform, "
                + "['4.5.1', '4.5.0', '4.4.2', '4.3.0'][h // 63 % 4 + 1] AS sdk_version, " + devices + "[h // 9 % 7 + 1] AS device, "
                + "round(20 + exp(3 + (h % 100) / 66.0) + random() * 10, 1) AS rtt_ms, "
                + "round(CASE WHEN h % 10 = 0 THEN random() * 8 ELSE random() * 0.8 END, 2) AS up, "
                + "round(random() * 0.5, 2) AS down, round(2 + random() * 20, 1) AS jitter_ms, "
                + "round(300 + random() * 1200) AS send_kbps, round(300 + random() * 1800) AS recv_kbps, "
                + "round(15 + random() * 15) AS fps, round(CASE WHEN random() < 0.05 THEN random() * 6 ELSE 0 END, 1) AS af, "
                + "round(CASE WHEN random() < 0.1 THEN random() * 8 ELSE 0 END, 1) AS vf, "
                + "round(5 + random() * 40) AS cpu_app, round(20 + random() * 50) AS cpu_system FROM (" + users + ")";
        return "SELECT ts, link, app_id, session_id, user_id, country, region, isp, network_type, edge_node, os, platform, "
                + "sdk_version, device, rtt_ms, up AS uplink_loss_pct, down AS downlink_loss_pct, jitter_ms, send_kbps, "
                + "recv_kbps, fps, af AS audio_freeze_pct, vf AS video_freeze_pct, cpu_app AS cpu_app_pct, "
                + "cpu_system AS cpu_system_pct, greatest(up, down) AS loss_pct, "
                + "round(greatest(1.0, 4.4 - rtt_ms / 400 - greatest(up, down) * 0.12 - jitter_ms / 200), 2) AS mos "
                + "FROM (" + rows + ")";
    }

    /** Up to {@code n} probe samples, each from a random generated call; returns the last sample's time. */
    static Instant probes(DuckDbTelemetryStore store, Instant start, long samples, List<QualitySample> probes, int n) {
        SplittableRandom random = new SplittableRandom(3);
        while (probes.size() < n) {
            long i = random.nextLong(samples), tick = i / 6000, slot = i % 6000;
            long call = ((tick + (slot / 3) * 7 % 300) / 300) * 2000 + slot / 3;
            List<QualitySample> session = store.sessionSamples("chan-" + call);
            if (session.isEmpty()) throw new IllegalStateException("generated call chan-" + call + " has no samples");
            probes.add(session.get(random.nextInt(session.size())));
        }
        return at(start, samples - 1);
    }
}
