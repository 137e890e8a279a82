package io.globaldesk.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A support center (APAC, EMEA, AMER…) with the calendar its agents work by. */
public record SupportCenter(UUID id, String code, String name, ZoneId timeZone, List<WorkingHours> workingHours,
                            List<Holiday> holidays, UUID onCallAgentId, boolean active) {

    /** Opening hours on some days of the week, in the center's time zone. */
    public record WorkingHours(List<DayOfWeek> days, LocalTime from, LocalTime to) {
        public WorkingHours {
            days = List.copyOf(days);
            if (!to.isAfter(from)) throw new IllegalArgumentException("working hours must close after they open");
        }
    }

    public record Holiday(LocalDate day, String name) {
    }
}
