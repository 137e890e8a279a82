package io.globaldesk.telemetry.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.duckdb.DuckDBConnection;

/** A small pool of read connections to the same database, so reads never wait for the writer's lock. */
final class ReadConnections implements AutoCloseable {

    private final DuckDBConnection origin;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    ReadConnections(DuckDBConnection origin) {
        this.origin = origin;
    }

    Connection borrow() throws SQLException {
        Connection c = idle.poll();
        if (c != null) return c;
        c = origin.duplicate();
        // a duplicate inherits the writer's manual commit; a reader left in one transaction would never see new rows
        c.setAutoCommit(true);
        return c;
    }

    void giveBack(Connection c) {
        idle.add(c);
    }

    @Override
    public void close() throws SQLException {
        for (Connection c = idle.poll(); c != null; c = idle.poll()) c.close();
    }
}
