package io.globaldesk.directory;

import io.globaldesk.directory.BusinessCalendar.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTests {

    private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final LocalDate ST_PATRICKS_DAY = LocalDate.of(2026, 3, 17);

    private final BusinessCalendar dublin = BusinessCalendar.of(DUBLIN,
            List.of(WorkingHours.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))), Set.of(ST_PATRICKS_DAY));

    private static Instant utc(String text) { return Instant.parse(text); }

    @Test
    void followsTheWallClockOnBothSidesOfTheEuropeanSpringForward() {
        // Friday 27 March 2026: Irish winter time = UTC; Monday 30 March: summer time = UTC+1.
        assertThat(dublin.isOpen(utc("2026-03-27T08:30:00Z"))).isFalse();
        assertThat(dublin.isOpen(utc("2026-03-27T09:00:00Z"))).isTrue();
        assertThat(dublin.isOpen(utc("2026-03-30T08:00:00Z"))).isTrue();
        assertThat(dublin.isOpen(utc("2026-03-30T17:30:00Z"))).isFalse();
    }

    @Test
    void nextOpeningSkipsTheWeekendAndTheClockChange() {
        assertThat(dublin.nextOpening(utc("2026-03-27T18:00:00Z"))).isEqualTo(utc("2026-03-30T08:00:00Z"));
        Instant open = utc("2026-03-27T10:00:00Z");
        assertThat(dublin.nextOpening(open)).isEqualTo(open);
    }

    @Test
    void countsBusinessTimeAcrossAWeekendWithADstChange() {
        assertThat(dublin.businessDurationBetween(utc("2026-03-27T12:00:00Z"), utc("2026-03-30T12:00:00Z")))
                .isEqualTo(Duration.ofHours(6 + 4));
        assertThat(dublin.plusBusinessTime(utc("2026-03-27T17:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(utc("2026-03-30T09:00:00Z"));
    }

    @Test
    void americanFallBackMovesMondayOpeningByAnHourInUtc() {
        BusinessCalendar sanFrancisco = BusinessCalendar.of(LOS_ANGELES,
                List.of(WorkingHours.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))), Set.of());
        assertThat(sanFrancisco.currentClosing(utc("2026-10-30T20:00:00Z"))).contains(utc("2026-10-31T01:00:00Z"));
        assertThat(sanFrancisco.nextOpening(utc("2026-10-31T01:00:00Z"))).isEqualTo(utc("2026-11-02T17:00:00Z"));
        assertThat(sanFrancisco.businessDurationBetween(utc("2026-10-30T00:00:00Z"), utc("2026-11-03T00:00:00Z")))
                .isEqualTo(Duration.ofHours(1 + 9 + 7)); // Thursday's day ends 01:00Z, Friday 16:00–01:00Z, Monday (PST) 17:00–24:00Z
    }

    @Test
    void aHolidayIsClosedAllDay() {
        assertThat(dublin.isOpen(utc("2026-03-17T10:00:00Z"))).isFalse();
        assertThat(dublin.isHoliday(ST_PATRICKS_DAY)).isTrue();
        assertThat(dublin.nextOpening(utc("2026-03-16T18:00:00Z"))).isEqualTo(utc("2026-03-18T09:00:00Z"));
        assertThat(dublin.businessDurationBetween(utc("2026-03-16T00:00:00Z"), utc("2026-03-19T00:00:00Z")))
                .isEqualTo(Duration.ofHours(18));
    }

    @Test
    void severalIntervalsADayLeaveALunchBreakAndTouchingOnesMerge() {
        Set<DayOfWeek> monday = Set.of(DayOfWeek.MONDAY);
        BusinessCalendar lunch = BusinessCalendar.of(DUBLIN, List.of(
                new WorkingHours(monday, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WorkingHours(monday, LocalTime.of(13, 0), LocalTime.of(18, 0))), Set.of());
        Instant mondayTen = utc("2026-01-05T10:00:00Z");
        assertThat(lunch.currentClosing(mondayTen)).contains(utc("2026-01-05T12:00:00Z"));
        assertThat(lunch.isOpen(utc("2026-01-05T12:30:00Z"))).isFalse();
        assertThat(lunch.nextOpening(utc("2026-01-05T12:30:00Z"))).isEqualTo(utc("2026-01-05T13:00:00Z"));
        assertThat(lunch.plusBusinessTime(mondayTen, Duration.ofHours(3))).isEqualTo(utc("2026-01-05T14:00:00Z"));

        BusinessCalendar touching = BusinessCalendar.of(DUBLIN, List.of(
                new WorkingHours(monday, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WorkingHours(monday, LocalTime.of(12, 0), LocalTime.of(18, 0))), Set.of());
        assertThat(touching.currentClosing(mondayTen)).contains(utc("2026-01-05T18:00:00Z"));
    }

    @Test
    void aNightShiftRunsPastMidnight() {
        BusinessCalendar night = BusinessCalendar.of(ZoneId.of("UTC"), List.of(
                new WorkingHours(Set.of(DayOfWeek.MONDAY), LocalTime.of(22, 0), LocalTime.MIDNIGHT),
                new WorkingHours(Set.of(DayOfWeek.TUESDAY), LocalTime.of(0, 0), LocalTime.of(6, 0))), Set.of());
        assertThat(night.currentClosing(utc("2026-01-05T23:00:00Z"))).contains(utc("2026-01-06T06:00:00Z"));
        assertThat(night.isOpen(utc("2026-01-06T00:00:00Z"))).isTrue();
    }

    @Test
    void twentyFourSevenNeverClosesAndKnowsNoHolidays() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven();
        Instant christmas = utc("2026-12-25T03:00:00Z");
        assertThat(always.isOpen(christmas)).isTrue();
        assertThat(always.currentClosing(christmas)).isEmpty();
        assertThat(always.plusBusinessTime(christmas, Duration.ofHours(4))).isEqualTo(christmas.plus(Duration.ofHours(4)));
        assertThat(always.businessDurationBetween(christmas, christmas.plus(Duration.ofDays(2)))).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void addingBusinessTimeIsTheInverseOfMeasuringIt() {
        BusinessCalendar sanFrancisco = BusinessCalendar.of(LOS_ANGELES,
                List.of(WorkingHours.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))), Set.of(LocalDate.of(2026, 11, 26)));
        Random random = new Random(7);
        Instant base = utc("2026-10-20T00:00:00Z");
        for (int i = 0; i < 500; i++) {
            Instant from = base.plusSeconds(random.nextInt(30 * 86_400));
            Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 40));
            Instant due = sanFrancisco.plusBusinessTime(from, amount);
            assertThat(sanFrancisco.businessDurationBetween(from, due)).isEqualTo(amount);
            assertThat(sanFrancisco.isOpen(due.minusSeconds(1))).isTrue();
        }
    }

    @Test
    void rejectsCalendarsThatCannotWork() {
        assertThatThrownBy(() -> BusinessCalendar.of(DUBLIN, List.of(), Set.of()))
                .hasMessageContaining("at least one working interval");
        assertThatThrownBy(() -> WorkingHours.weekdays(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .hasMessageContaining("start before they end");
        assertThatThrownBy(() -> dublin.currentClosing(utc("2026-03-28T12:00:00Z")))
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> dublin.plusBusinessTime(Instant.EPOCH, Duration.ofHours(-1)))
                .hasMessageContaining("must not be negative");
    }
}
