package io.globaldesk.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** A support center (APAC, EMEA, AMER…) with the calendar its agents work by. */
public record SupportCenter(UUID id, String code, String name, ZoneId timeZone, List<WorkingHours> workingHours,
                            List<Holiday> holidays, UUID onCallAgentId, boolean active) {

    /** Whether the center works at {@code instant}: a working day that is not a holiday, within its hours. */
    public boolean isOpenAt(Instant instant) {
        ZonedDateTime local = instant.atZone(timeZone);
        LocalDate day = local.toLocalDate();
        if (holidays.stream().anyMatch(h -> h.day().equals(day))) return false;
        LocalTime time = local.toLocalTime();
        return workingHours.stream().anyMatch(h -> h.days().contains(local.getDayOfWeek())
                && !time.isBefore(h.from()) && time.isBefore(h.to()));
    }

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
