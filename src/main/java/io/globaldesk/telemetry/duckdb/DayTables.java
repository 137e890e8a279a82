package io.globaldesk.telemetry.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.UnaryOperator;

/**
 * The per-day tables of one kind of record ({@code qs_20261125}, {@code api_20261125}). Appends arrive roughly in event
 * time order, so inside a day table the row groups' min/max timestamps are tight and a time filter skips most of them.
 */
final class DayTables {

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

    private final String prefix;
    private final String columns;
    private final String viewPrefix;
    private final UnaryOperator<String> viewOfTable;
    private final NavigableSet<LocalDate> days = new ConcurrentSkipListSet<>();

    DayTables(String prefix, String columns) {
        this(prefix, columns, null, null);
    }

    /** Day tables read through a per-day view ({@code viewPrefix_20261125}) that {@code viewOfTable} defines. */
    DayTables(String prefix, String columns, String viewPrefix, UnaryOperator<String> viewOfTable) {
        this.prefix = prefix;
        this.columns = columns;
        this.viewPrefix = viewPrefix;
        this.viewOfTable = viewOfTable;
    }

    void load(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' "
                     + "AND regexp_full_match(table_name, '" + prefix + "_[0-9]{8}')")) {
            while (rs.next()) days.add(LocalDate.parse(rs.getString(1).substring(prefix.length() + 1), SUFFIX));
        }
        if (viewOfTable == null) return;
        try (Statement st = conn.createStatement()) {
            for (LocalDate d : days) st.execute("CREATE OR REPLACE VIEW " + view(d) + " AS " + viewOfTable.apply(table(d)));
        }
    }

    static LocalDate dayOf(Instant ts) {
        return LocalDate.ofEpochDay(Math.floorDiv(ts.getEpochSecond(), 86_400L));
    }

    String table(LocalDate day) {
        return prefix + "_" + day.format(SUFFIX);
    }

    /** Creates the day's table inside the caller's transaction; {@link #created} records it once committed. */
    boolean ensure(Connection conn, LocalDate day) throws SQLException {
        if (days.contains(day)) return false;
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + table(day) + " (" + columns + ")");
            if (viewOfTable != null) st.execute("CREATE OR REPLACE VIEW " + view(day) + " AS " + viewOfTable.apply(table(day)));
        }
        return true;
    }

    /** The name queries read a day by: its view when there is one, else the table. */
    String view(LocalDate day) {
        return viewOfTable == null ? table(day) : viewPrefix + "_" + day.format(SUFFIX);
    }

    void created(LocalDate day) {
        days.add(day);
    }

    /** What to read the days that overlap {@code [from, to)} from: their views (or tables when there are none). */
    List<String> covering(Instant from, Instant to) {
        return overlapping(from, to).stream().map(this::view).toList();
    }

    /** What to read every day from {@code from}'s on from. */
    List<String> coveringFrom(Instant from) {
        return days.tailSet(dayOf(from), true).stream().map(this::view).toList();
    }

    /** The tables themselves of the days that overlap {@code [from, to)}. */
    List<String> coveringTables(Instant from, Instant to) {
        return overlapping(from, to).stream().map(this::table).toList();
    }

    /** Every day's table. */
    List<String> allTables() {
        return days.stream().map(this::table).toList();
    }

    private List<LocalDate> overlapping(Instant from, Instant to) {
        if (!from.isBefore(to)) return List.of();
        LocalDate last = dayOf(to.minusNanos(1));
        if (last.isBefore(dayOf(from))) return List.of();
        return new ArrayList<>(days.subSet(dayOf(from), true, last, true));
    }

    /** Drops the day's view and table inside the caller's transaction; {@link #dropped} forgets it once committed. */
    void drop(Statement st, LocalDate day) throws SQLException {
        if (viewOfTable != null) st.execute("DROP VIEW IF EXISTS " + view(day));
        st.execute("DROP TABLE IF EXISTS " + table(day));
    }

    List<LocalDate> before(LocalDate day) {
        return List.copyOf(days.headSet(day, false));
    }

    void dropped(LocalDate day) {
        days.remove(day);
    }
}
