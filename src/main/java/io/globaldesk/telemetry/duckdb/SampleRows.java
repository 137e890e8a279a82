package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.MosEstimator;
import io.globaldesk.telemetry.QualitySample;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** How a quality sample is laid out in a day table (figures and a link number), written with the Appender and read back. */
final class SampleRows {

    /** A day table: the time, the link (see {@link Links}) and the figures. */
    static final String COLUMNS = "ts TIMESTAMP NOT NULL, link INTEGER NOT NULL, rtt_ms DOUBLE, uplink_loss_pct DOUBLE, "
            + "downlink_loss_pct DOUBLE, jitter_ms DOUBLE, send_kbps DOUBLE, recv_kbps DOUBLE, fps DOUBLE, "
            + "audio_freeze_pct DOUBLE, video_freeze_pct DOUBLE, cpu_app_pct DOUBLE, cpu_system_pct DOUBLE, "
            // derived at write time so that every query and aggregate agrees on them
            + "loss_pct DOUBLE, mos DOUBLE";

    private static final String FIGURES = "rtt_ms, uplink_loss_pct, downlink_loss_pct, jitter_ms, send_kbps, recv_kbps, "
            + "fps, audio_freeze_pct, video_freeze_pct, cpu_app_pct, cpu_system_pct, loss_pct, mos";

    /** A day's view: every sample with its link's columns, as queries read samples. */
    static String view(String table) {
        return "SELECT s.ts, " + prefixed("l.", Links.COLUMNS) + ", " + prefixed("s.", FIGURES) + ", s.link FROM "
                + table + " s JOIN links l ON l.link = s.link";
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    static final String SELECT = "epoch_us(ts), app_id, session_id, user_id, country, region, isp, network_type, "
            + "edge_node, os, sdk_version, device, rtt_ms, uplink_loss_pct, downlink_loss_pct, jitter_ms, send_kbps, "
            + "recv_kbps, fps, audio_freeze_pct, video_freeze_pct, cpu_app_pct, cpu_system_pct";

    private final MosEstimator mos;

    SampleRows(MosEstimator mos) {
        this.mos = mos;
    }

    /**
     * A batch's rows as far as they can be worked out before the write lock, by the thread that parsed them: each
     * sample's time, its link number where the link is already known, the derived loss and MOS, and which day it is.
     */
    static final class Prepared {
        final List<QualitySample> samples;
        final long[] micros;
        final int[] links;
        final Double[] loss;
        final Double[] mos;
        /** The indexes of each day's samples; a batch within one day (nearly all) maps its day to null: every index. */
        final Map<LocalDate, int[]> byDay;

        private Prepared(List<QualitySample> samples, long[] micros, int[] links, Double[] loss, Double[] mos,
                         Map<LocalDate, int[]> byDay) {
            this.samples = samples;
            this.micros = micros;
            this.links = links;
            this.loss = loss;
            this.mos = mos;
            this.byDay = byDay;
        }
    }

    Prepared prepare(List<QualitySample> samples, Links known) {
        int n = samples.size();
        long[] micros = new long[n];
        long[] days = new long[n];
        int[] links = new int[n];
        Double[] loss = new Double[n];
        Double[] mosValues = new Double[n];
        boolean oneDay = true;
        Links.Lookup lookup = known.new Lookup();
        for (int i = 0; i < n; i++) {
            QualitySample s = samples.get(i);
            micros[i] = Sql.micros(s.ts());
            days[i] = Math.floorDiv(micros[i], 86_400_000_000L);
            oneDay &= days[i] == days[0];
            links[i] = lookup.known(s);
            loss[i] = worse(s.uplinkLossPct(), s.downlinkLossPct());
            mosValues[i] = s.rttMs() == null ? null : mos.mos(s.rttMs(), loss[i], s.jitterMs());
        }
        Map<LocalDate, int[]> byDay = new TreeMap<>();
        if (n > 0 && oneDay) {
            byDay.put(LocalDate.ofEpochDay(days[0]), null);
        } else if (n > 0) {
            Map<Long, List<Integer>> indexes = new TreeMap<>();
            for (int i = 0; i < n; i++) indexes.computeIfAbsent(days[i], d -> new ArrayList<>()).add(i);
            indexes.forEach((d, is) -> byDay.put(LocalDate.ofEpochDay(d), is.stream().mapToInt(Integer::intValue).toArray()));
        }
        return new Prepared(samples, micros, links, loss, mosValues, byDay);
    }

    /** Some rows of one prepared batch: those at {@code indexes}, or all of them when it is null. */
    record Slice(Prepared rows, int[] indexes) {
    }

    /** Appends the given rows of prepared batches, numbering unknown links. */
    static void append(DuckDBConnection conn, String table, List<Slice> parts, Links.Assignment numbering)
            throws SQLException {
        try (DuckDBAppender a = conn.createAppender("main", table)) {
            for (Slice part : parts) {
                Prepared p = part.rows();
                int[] indexes = part.indexes();
                int count = indexes == null ? p.samples.size() : indexes.length;
                for (int k = 0; k < count; k++) {
                    int i = indexes == null ? k : indexes[k];
                    QualitySample s = p.samples.get(i);
                    a.beginRow();
                    a.appendEpochMicros(p.micros[i]);
                    a.append(p.links[i] != 0 ? p.links[i] : numbering.linkOf(s));
                    a.append(s.rttMs()).append(s.uplinkLossPct()).append(s.downlinkLossPct()).append(s.jitterMs())
                            .append(s.sendBitrateKbps()).append(s.recvBitrateKbps()).append(s.fps())
                            .append(s.audioFreezeRatePct()).append(s.videoFreezeRatePct()).append(s.cpuAppPct())
                            .append(s.cpuSystemPct());
                    a.append(p.loss[i]).append(p.mos[i]);
                    a.endRow();
                }
            }
        }
    }

    private static Double worse(Double a, Double b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }

    static QualitySample read(ResultSet rs) throws SQLException {
        String network = rs.getString(8);
        return new QualitySample(Sql.instantOfMicros(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7),
                network == null ? null : QualitySample.NetworkType.valueOf(network), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), dbl(rs, 13), dbl(rs, 14), dbl(rs, 15),
                dbl(rs, 16), dbl(rs, 17), dbl(rs, 18), dbl(rs, 19), dbl(rs, 20), dbl(rs, 21), dbl(rs, 22), dbl(rs, 23));
    }

    static Double dbl(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
