package io.globaldesk.routing;

import io.globaldesk.directory.BusinessCalendar;
import io.globaldesk.directory.BusinessCalendar.WorkingHours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The three follow-the-sun centers used across routing tests, each 09:00–18:00 local on weekdays with a few 2026 holidays. */
public final class Centers {

    public static final LocalDate SG_GOOD_FRIDAY = LocalDate.of(2026, 4, 3);
    public static final LocalDate IE_EASTER_MONDAY = LocalDate.of(2026, 4, 6);
    public static final LocalDate US_THANKSGIVING = LocalDate.of(2026, 11, 26);

    private Centers() {}

    public static BusinessCalendar calendar(String zone, LocalDate... holidays) {
        return BusinessCalendar.of(ZoneId.of(zone), List.of(WorkingHours.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))),
                Set.of(holidays));
    }

    public static CenterState apac() {
        return new CenterState("APAC", calendar("Asia/Singapore", LocalDate.of(2026, 1, 1), SG_GOOD_FRIDAY,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 10), LocalDate.of(2026, 12, 25)), "APAC", "apac-oncall");
    }

    public static CenterState emea() {
        return new CenterState("EMEA", calendar("Europe/Dublin", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 17),
                IE_EASTER_MONDAY, LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)), "EMEA", "emea-oncall");
    }

    public static CenterState amer() {
        return new CenterState("AMER", calendar("America/Los_Angeles", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 3), US_THANKSGIVING, LocalDate.of(2026, 12, 25)), "AMER", "amer-oncall");
    }

    public static List<CenterState> all() {
        return List.of(apac(), emea(), amer());
    }

    public static AgentState agent(String id, String center, Set<String> languages, Set<String> skills, int capacity, int load) {
        return AgentState.of(id, "Agent " + id, center, languages, skills, capacity, load);
    }
}
