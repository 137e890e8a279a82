package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.CohortLink;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualityScope;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-minute link rollup behind the diagnosis cohorts: when a minute closes, per region × ISP × edge node the
 * counts of its samples in fixed log-scale buckets of RTT, loss (the worse of uplink and downlink) and jitter, plus the
 * sample count, and the distinct participants (session, user) of the minute. A cohort over many minutes then sums a
 * few thousand bucket rows instead of scanning every raw sample; its nearest-rank quantiles are read from the summed
 * counts and are exact up to the bucket: the answer is the middle of the bucket the exact quantile lies in, so within
 * {@code (GROWTH - 1) / 2} (2 %) of it, and exactly 0 for 0.
 */
final class LinkHistograms {

    /** Each bucket's upper bound over its lower one. */
    static final double GROWTH = 1.04;
    /** Bucket 0 holds zero (and anything not above it), bucket 1 what is below {@code SMALLEST * GROWTH}. */
    static final double SMALLEST = 0.01;
    static final int RTT = 0;
    static final int LOSS = 1;
    static final int JITTER = 2;
    /** The pseudo-metric whose bucket 0 counts every sample, with or without link figures. */
    static final int SAMPLES = 3;
    static final int METRICS = 4;
    /** Enough buckets for values up to 10^7 at the smallest bucket of 0.01. */
    static final int BUCKETS = 2 + (int) Math.ceil(Math.log(1e9) / Math.log(GROWTH));

    static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS link_minute_hist (minute TIMESTAMP NOT NULL, region VARCHAR, isp VARCHAR,
                edge_node VARCHAR, metric TINYINT NOT NULL, bucket SMALLINT NOT NULL, n BIGINT NOT NULL);
            CREATE TABLE IF NOT EXISTS link_minute_users (minute TIMESTAMP NOT NULL, region VARCHAR, isp VARCHAR,
                edge_node VARCHAR, session_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS link_minute_closed (minute TIMESTAMP NOT NULL PRIMARY KEY);
            """;

    private LinkHistograms() {
    }

    /** The SQL bucket of a nullable column, the same function as {@link #bucket(double)}. */
    static String bucketSql(String column) {
        return "CASE WHEN " + column + " IS NULL THEN NULL WHEN " + column + " <= 0 THEN 0 ELSE least(" + (BUCKETS - 1)
                + ", greatest(1, CAST(floor(ln(" + column + " / " + SMALLEST + ") / ln(" + GROWTH + ")) AS INTEGER) + 1)) END";
    }

    /**
     * Raw samples as bucket rows {@code metric, bucket, n} (n = 1, one a sample and metric, {@link #SAMPLES} included),
     * after the {@code leading} columns (each followed by a comma), from {@code raw}, a query over samples.
     */
    static String rawBuckets(String leading, String raw) {
        return "SELECT * FROM (SELECT " + leading + "unnest([" + RTT + ", " + LOSS + ", " + JITTER + ", " + SAMPLES
                + "]) AS metric, unnest([" + bucketSql("rtt_ms") + ", " + bucketSql("loss_pct") + ", "
                + bucketSql("jitter_ms") + ", 0]) AS bucket, 1 AS n FROM (" + raw + ")) WHERE bucket IS NOT NULL";
    }

    static int bucket(double value) {
        if (value <= 0) return 0;
        int b = (int) Math.floor(Math.log(value / SMALLEST) / Math.log(GROWTH)) + 1;
        return Math.min(BUCKETS - 1, Math.max(1, b));
    }

    /** The value a bucket stands for: 0 for bucket 0, else the middle of its bounds. */
    static double representative(int bucket) {
        if (bucket <= 0) return 0;
        double lower = bucket == 1 ? 0 : SMALLEST * Math.pow(GROWTH, bucket - 1);
        double upper = SMALLEST * Math.pow(GROWTH, bucket);
        return (lower + upper) / 2;
    }

    /**
     * The statements that (re)build one minute's rollup from {@code raw}, a query over that minute's samples (null when
     * there are none), and mark the minute closed.
     */
    static List<String> replace(String minute, String raw) {
        List<String> sql = new ArrayList<>(List.of("DELETE FROM link_minute_hist WHERE minute = " + minute,
                "DELETE FROM link_minute_users WHERE minute = " + minute));
        String buckets = "SELECT region, isp, edge_node, " + bucketSql("rtt_ms") + " AS r, " + bucketSql("loss_pct")
                + " AS l, " + bucketSql("jitter_ms") + " AS j, count(*) AS n FROM (" + raw + ") GROUP BY ALL";
        String perMetric = "SELECT " + minute + ", region, isp, edge_node, %d, %s, sum(n) FROM b WHERE %s IS NOT NULL GROUP BY ALL";
        if (raw != null) {
            sql.add("INSERT INTO link_minute_hist WITH b AS MATERIALIZED (" + buckets + ") "
                    + perMetric.formatted(RTT, "r", "r") + " UNION ALL " + perMetric.formatted(LOSS, "l", "l")
                    + " UNION ALL " + perMetric.formatted(JITTER, "j", "j") + " UNION ALL "
                    + perMetric.formatted(SAMPLES, "0", "n"));
            sql.add("INSERT INTO link_minute_users SELECT DISTINCT " + minute + ", region, isp, edge_node, session_id, "
                    + "user_id FROM (" + raw + ")");
        }
        sql.add("INSERT INTO link_minute_closed VALUES (" + minute + ") ON CONFLICT DO NOTHING");
        return sql;
    }

    /** Whether the rollup can answer for this cohort: it keeps region, ISP and edge node only. */
    static boolean covers(QualityScope cohort) {
        return cohort.appId() == null && cohort.platform() == null && cohort.sdkVersion() == null;
    }

    /** Summed bucket counts of one cohort, from which its quantiles are read. */
    static final class Counts {
        final long[][] counts = new long[METRICS][BUCKETS];

        void add(int metric, int bucket, long n) {
            counts[metric][bucket] += n;
        }

        /**
         * Takes out the excluded session's samples that the rollup counted: those in the cohort (and not of the
         * excluded ISP) inside one of the rolled-up minutes. Counts never go below zero (a sample stored after its minute
         * closed is in no rollup).
         */
        void subtract(Iterable<QualitySample> samples, QualityScope cohort, String excludedIsp, Set<Instant> minutes) {
            for (QualitySample s : samples) {
                if (!inCohort(s, cohort, excludedIsp) || !minutes.contains(s.ts().truncatedTo(ChronoUnit.MINUTES))) {
                    continue;
                }
                takeOut(SAMPLES, 0.0);
                takeOut(RTT, s.rttMs());
                takeOut(LOSS, worse(s.uplinkLossPct(), s.downlinkLossPct()));
                takeOut(JITTER, s.jitterMs());
            }
        }

        private void takeOut(int metric, Double value) {
            if (value == null) return;
            int b = bucket(value);
            counts[metric][b] = Math.max(0, counts[metric][b] - 1);
        }

        CohortLink link(long users, long sessions) {
            long samples = counts[SAMPLES][0];
            if (samples == 0) return CohortLink.EMPTY;
            return new CohortLink(users, sessions, samples, quantile(RTT, 0.5), quantile(RTT, 0.9), quantile(LOSS, 0.5),
                    quantile(LOSS, 0.9), quantile(JITTER, 0.5), quantile(JITTER, 0.9));
        }

        /** The nearest-rank quantile: the bucket holding the {@code ceil(q * n)}-th smallest value. */
        Double quantile(int metric, double q) {
            long[] c = counts[metric];
            long n = 0;
            for (long k : c) n += k;
            if (n == 0) return null;
            long rank = Math.max(1, (long) Math.ceil(q * n));
            long seen = 0;
            for (int b = 0; b < c.length; b++) {
                seen += c[b];
                if (seen >= rank) return representative(b);
            }
            return representative(c.length - 1);
        }
    }

    static boolean inCohort(QualitySample s, QualityScope cohort, String excludedIsp) {
        return matches(cohort.region(), s.region()) && matches(cohort.isp(), s.isp())
                && matches(cohort.edgeNode(), s.edgeNode()) && (excludedIsp == null || !excludedIsp.equals(s.isp()));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }

    private static Double worse(Double a, Double b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }
}
