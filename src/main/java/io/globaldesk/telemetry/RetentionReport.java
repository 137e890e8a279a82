package io.globaldesk.telemetry;

import java.time.LocalDate;
import java.util.List;

/** What one retention run removed: whole raw days (UTC) and aggregate rows. */
public record RetentionReport(List<LocalDate> droppedDays, long aggregateRowsDeleted) {

    public RetentionReport {
        droppedDays = List.copyOf(droppedDays);
    }
}
