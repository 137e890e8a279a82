package io.globaldesk.telemetry.duckdb;

import io.globaldesk.telemetry.QualitySample;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A link is one user of one session as the SDK describes it: app, session, user, where (country, region, ISP, network,
 * edge node) and on what (OS, platform, SDK version, device). Every sample of a link repeats these twelve strings, and
 * writing them per row was most of what a sample's append and compression cost; so each distinct link is stored once in
 * the {@code links} table under a number, and a day table row carries only that number and the figures. A day's view
 * joins them back, so queries read the columns they always read.
 * <p>Link numbers grow in the order links are first seen, so a day table's row groups hold narrow ranges of them and a
 * session's samples are found by those numbers through the row groups' min/max. The writer keeps every retained link in
 * memory; numbers given out in a transaction become visible to other appends only once it commits.
 */
final class Links {

    static final String SCHEMA = "CREATE TABLE IF NOT EXISTS links (link INTEGER NOT NULL, first_ts TIMESTAMP NOT NULL, "
            + "app_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL, country VARCHAR, "
            + "region VARCHAR, isp VARCHAR, network_type VARCHAR, edge_node VARCHAR, os VARCHAR, platform VARCHAR, "
            + "sdk_version VARCHAR, device VARCHAR);"
            + "CREATE INDEX IF NOT EXISTS links_by_session ON links (session_id);";

    /** The link columns in the order a day view shows them, right after {@code ts}. */
    static final String COLUMNS = "app_id, session_id, user_id, country, region, isp, network_type, edge_node, os, "
            + "platform, sdk_version, device";

    /** What makes two samples the same link; {@code platform} follows from {@code os}. */
    record Key(String appId, String sessionId, String userId, String country, String region, String isp,
               QualitySample.NetworkType networkType, String edgeNode, String os, String sdkVersion, String device) {

        static Key of(QualitySample s) {
            return new Key(s.appId(), s.sessionId(), s.userId(), s.country(), s.region(), s.isp(), s.networkType(),
                    s.edgeNode(), s.os(), s.sdkVersion(), s.device());
        }

        /** Whether the sample belongs to this link; its session is already known to match. */
        boolean describes(QualitySample s) {
            return userId.equals(s.userId()) && networkType == s.networkType() && Objects.equals(isp, s.isp()) && Objects.equals(edgeNode, s.edgeNode())
                    && Objects.equals(appId, s.appId()) && Objects.equals(region, s.region())
                    && Objects.equals(country, s.country()) && Objects.equals(os, s.os())
                    && Objects.equals(sdkVersion, s.sdkVersion()) && Objects.equals(device, s.device());
        }
    }

    private record Numbered(Key key, int link) {
    }

    /** Every known link under its session: a lookup hashes one string, not eleven, and scans the session's few links. */
    private final Map<String, Numbered[]> known = new ConcurrentHashMap<>();
    private int next = 1;

    void load(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT link, app_id, session_id, user_id, country, region, isp, network_type, "
                     + "edge_node, os, sdk_version, device FROM links")) {
            while (rs.next()) {
                String network = rs.getString(8);
                int link = rs.getInt(1);
                remember(new Key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), network == null ? null : QualitySample.NetworkType.valueOf(network),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)), link);
                next = Math.max(next, link + 1);
            }
        }
    }

    private void remember(Key key, int link) {
        known.merge(key.sessionId(), new Numbered[] {new Numbered(key, link)}, (had, added) -> {
            Numbered[] both = Arrays.copyOf(had, had.length + 1);
            both[had.length] = added[0];
            return both;
        });
    }

    /** The sample's link number when the link is known (committed), else 0; safe without the write lock. */
    int known(QualitySample s) {
        return numberIn(known.get(s.sessionId()), s);
    }

    private static int numberIn(Numbered[] candidates, QualitySample s) {
        if (candidates == null) return 0;
        for (Numbered n : candidates) if (n.key().describes(s)) return n.link();
        return 0;
    }

    /**
     * Looks up the links of many samples; consecutive samples of one session (as SDK batches mostly come) share one
     * map lookup.
     */
    final class Lookup {
        private String lastSession;
        private Numbered[] lastLinks;

        int known(QualitySample s) {
            if (!s.sessionId().equals(lastSession)) {
                lastSession = s.sessionId();
                lastLinks = Links.this.known.get(lastSession);
            }
            return numberIn(lastLinks, s);
        }
    }

    /** The links numbered inside one write transaction: appended with it, remembered once it commits. */
    final class Assignment {
        private final Map<Key, Integer> fresh = new HashMap<>();
        private final Map<Key, QualitySample> firstSample = new HashMap<>();
        private int nextInTx = next;

        int linkOf(QualitySample s) {
            if (s.appId() == null || s.sessionId() == null || s.userId() == null) {
                throw new IllegalArgumentException("a sample needs its appId, sessionId and userId");
            }
            int number = known(s);
            if (number != 0) return number;
            Key key = Key.of(s);
            Integer link = fresh.get(key);
            if (link != null) {
                if (s.ts().isBefore(firstSample.get(key).ts())) firstSample.put(key, s);
                return link;
            }
            int assigned = nextInTx++;
            fresh.put(key, assigned);
            firstSample.put(key, s);
            return assigned;
        }

        /** Appends the newly numbered links inside the caller's transaction. */
        void append(DuckDBConnection conn) throws SQLException {
            if (fresh.isEmpty()) return;
            try (DuckDBAppender a = conn.createAppender("main", "links")) {
                for (var e : fresh.entrySet()) {
                    QualitySample s = firstSample.get(e.getKey());
                    a.beginRow();
                    a.append(e.getValue().intValue());
                    a.appendEpochMicros(Sql.micros(s.ts()));
                    a.append(s.appId()).append(s.sessionId()).append(s.userId()).append(s.country()).append(s.region())
                            .append(s.isp()).append(s.networkType() == null ? null : s.networkType().name())
                            .append(s.edgeNode()).append(s.os()).append(s.platform()).append(s.sdkVersion())
                            .append(s.device());
                    a.endRow();
                }
            }
        }

        /** Called once the transaction committed. */
        void committed() {
            fresh.forEach(Links.this::remember);
            next = Math.max(next, nextInTx);
        }
    }

    /** Begins numbering for one write transaction; the caller holds the store's write lock. */
    Assignment begin() {
        return new Assignment();
    }

    /**
     * Deletes the links no remaining day table refers to and that were first seen before the cutoff, inside the
     * caller's transaction; {@link #reload} afterwards brings memory in line.
     */
    static void deleteUnreferenced(Connection conn, List<String> dayTables, String cutoff) throws SQLException {
        String referenced = dayTables.isEmpty() ? "" : " AND link NOT IN (" + String.join(" UNION ", dayTables.stream()
                .map(t -> "SELECT DISTINCT link FROM " + t).toList()) + ")";
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM links WHERE first_ts < " + cutoff + referenced);
        }
    }

    void reload(Connection conn) throws SQLException {
        known.clear();
        load(conn);
    }
}
