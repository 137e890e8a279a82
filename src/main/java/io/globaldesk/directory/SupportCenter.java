package io.globaldesk.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.globaldesk.culture.Region;

/** A support center (APAC, EMEA, AMER…) with the calendar its agents work by. */
public record SupportCenter(UUID id, String code, String name, ZoneId timeZone, List<WorkingHours> workingHours,
                            List<Holiday> holidays, UUID onCallAgentId, boolean active) {

    /** The center's calendar: its working hours and holidays in its time zone. */
    public BusinessCalendar calendar() {
        return BusinessCalendar.of(timeZone,
                workingHours.stream().map(h -> new BusinessCalendar.WorkingHours(Set.copyOf(h.days()), h.from(), h.to())).toList(),
                holidays.stream().map(Holiday::day).toList());
    }

    /** The follow-the-sun region the center serves, from its time zone (America/… is AMER, Europe/… and Africa/… EMEA). */
    public Region region() {
        String zone = timeZone.getId();
        if (zone.startsWith("America/") || zone.startsWith("US/") || zone.startsWith("Canada/") || zone.startsWith("Brazil/")) {
            return Region.AMER;
        }
        if (zone.startsWith("Europe/") || zone.startsWith("Africa/") || zone.startsWith("Atlantic/") || zone.equals("UTC")
                || zone.startsWith("Etc/") || zone.equals("GMT")) {
            return Region.EMEA;
        }
        return Region.APAC;
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
