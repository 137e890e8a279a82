package io.globaldesk.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A support center (APAC, EMEA, AMER…) with the calendar its agents work by. */
public record SupportCenter(UUID id, String code, String name, ZoneId timeZone, List<WorkingHours> workingHours,
                            List<Holiday> holidays, UUID onCallAgentId, boolean active) {

    /** The center's calendar: its working hours and holidays in its time zone. */
    public BusinessCalendar calendar() {
        return BusinessCalendar.of(timeZone,
                workingHours.stream().map(h -> new BusinessCalendar.WorkingHours(Set.copyOf(h.days()), h.from(), h.to())).toList(),
                holidays.stream().map(Holiday::day).toList());
    }

    /** Whether the center works at {@code instant}: a working day that is not a holiday, within its hours. */
    public boolean isOpenAt(Instant instant) {
        return calendar().isOpen(instant);
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
