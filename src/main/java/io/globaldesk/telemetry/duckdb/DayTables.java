package io.globaldesk.telemetry.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The per-day tables of one kind of record ({@code qs_20261125}, {@code api_20261125}). Appends arrive roughly in event
 * time order, so inside a day table the row groups' min/max timestamps are tight and a time filter skips most of them.
 */
final class DayTables {

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

    private final String prefix;
    private final String columns;
    private final NavigableSet<LocalDate> days = new ConcurrentSkipListSet<>();

    DayTables(String prefix, String columns) {
        this.prefix = prefix;
        this.columns = columns;
    }

    void load(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' "
                     + "AND regexp_full_match(table_name, '" + prefix + "_[0-9]{8}')")) {
            while (rs.next()) days.add(LocalDate.parse(rs.getString(1).substring(prefix.length() + 1), SUFFIX));
        }
    }

    static LocalDate dayOf(Instant ts) {
        return LocalDate.ofInstant(ts, ZoneOffset.UTC);
    }

    String table(LocalDate day) {
        return prefix + "_" + day.format(SUFFIX);
    }

    /** Creates the day's table inside the caller's transaction; {@link #created} records it once committed. */
    boolean ensure(Connection conn, LocalDate day) throws SQLException {
        if (days.contains(day)) return false;
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + table(day) + " (" + columns + ")");
        }
        return true;
    }

    void created(LocalDate day) {
        days.add(day);
    }

    /** The tables holding days that overlap {@code [from, to)}. */
    List<String> covering(Instant from, Instant to) {
        List<String> tables = new ArrayList<>();
        if (!from.isBefore(to)) return tables;
        LocalDate last = dayOf(to.minusNanos(1));
        for (LocalDate d : days.subSet(dayOf(from), true, last, true)) tables.add(table(d));
        return tables;
    }

    List<LocalDate> before(LocalDate day) {
        return List.copyOf(days.headSet(day, false));
    }

    void dropped(LocalDate day) {
        days.remove(day);
    }
}
