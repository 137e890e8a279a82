package io.globaldesk.sla;

import io.globaldesk.directory.Tier;
import io.globaldesk.directory.BusinessCalendar;
import io.globaldesk.directory.BusinessCalendar.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaClockTests {

    private static final BusinessCalendar DUBLIN = BusinessCalendar.of(ZoneId.of("Europe/Dublin"),
            List.of(WorkingHours.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))), Set.of());
    private static final Instant SATURDAY_10 = Instant.parse("2026-11-28T10:00:00Z");

    private final SlaPolicies policies = SlaPolicies.defaults();

    private SlaClock clock(Severity severity, Tier tier, Instant start) {
        return new SlaClock("T-1", policies.policyFor(severity, tier), DUBLIN, start);
    }

    @Test
    void enterpriseOutageRunsAroundTheClockEvenOnSaturday() {
        SlaClock clock = clock(Severity.S1, Tier.ENTERPRISE, SATURDAY_10);

        assertThat(clock.dueAt(SlaMeasure.FIRST_RESPONSE)).contains(Instant.parse("2026-11-28T10:15:00Z"));
        assertThat(clock.dueAt(SlaMeasure.RESOLUTION)).contains(Instant.parse("2026-11-28T14:00:00Z"));
    }

    @Test
    void businessHoursTargetsWaitForMonday() {
        SlaClock clock = clock(Severity.S3, Tier.ENTERPRISE, Instant.parse("2026-11-27T17:00:00Z"));

        assertThat(clock.dueAt(SlaMeasure.FIRST_RESPONSE)).contains(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(clock.status(SlaMeasure.FIRST_RESPONSE, Instant.parse("2026-11-29T12:00:00Z")).elapsed())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void timePendingTheCustomerDoesNotCount() {
        Instant start = SATURDAY_10;
        SlaClock clock = clock(Severity.S2, Tier.ENTERPRISE, start);
        clock.recordFirstResponse(start.plus(Duration.ofMinutes(10)));
        clock.pause(start.plus(Duration.ofHours(1)));

        assertThat(clock.dueAt(SlaMeasure.RESOLUTION)).isEmpty();
        SlaStatus whilePending = clock.status(SlaMeasure.RESOLUTION, start.plus(Duration.ofHours(2)));
        assertThat(whilePending.paused()).isTrue();
        assertThat(whilePending.elapsed()).isEqualTo(Duration.ofHours(1));

        clock.resume(start.plus(Duration.ofHours(3)));

        assertThat(clock.dueAt(SlaMeasure.RESOLUTION)).contains(start.plus(Duration.ofHours(8 + 2)));
        assertThat(clock.dueAt(SlaMeasure.FIRST_RESPONSE)).contains(start.plus(Duration.ofMinutes(30)));
    }

    @Test
    void warnsAtEightyPercentAndEscalatesAtBreachOnce() {
        SlaClock clock = clock(Severity.S1, Tier.ENTERPRISE, SATURDAY_10);
        assertThat(clock.nextEscalationCheck()).contains(SATURDAY_10.plus(Duration.ofMinutes(12)));

        assertThat(clock.escalations(SATURDAY_10.plus(Duration.ofMinutes(11)))).isEmpty();
        List<Escalation> warning = clock.escalations(SATURDAY_10.plus(Duration.ofMinutes(12)));
        assertThat(warning).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(Escalation.Level.WARNING);
            assertThat(e.measure()).isEqualTo(SlaMeasure.FIRST_RESPONSE);
            assertThat(e.actions()).containsExactly(EscalationAction.NOTIFY_ASSIGNEE);
        });
        assertThat(clock.escalations(SATURDAY_10.plus(Duration.ofMinutes(13)))).isEmpty();
        assertThat(clock.nextEscalationCheck()).contains(SATURDAY_10.plus(Duration.ofMinutes(15)));

        List<Escalation> breach = clock.escalations(SATURDAY_10.plus(Duration.ofMinutes(15)));
        assertThat(breach).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(Escalation.Level.BREACH);
            assertThat(e.actions()).containsExactly(EscalationAction.NOTIFY_LEAD, EscalationAction.RAISE_PRIORITY, EscalationAction.REROUTE);
        });
        assertThat(clock.status(SlaMeasure.FIRST_RESPONSE, SATURDAY_10.plus(Duration.ofMinutes(16))).state())
                .isEqualTo(SlaStatus.State.BREACHED);
    }

    @Test
    void solvedTicketsAreMetOrMissedForGood() {
        SlaClock onTime = clock(Severity.S1, Tier.ENTERPRISE, SATURDAY_10);
        onTime.recordFirstResponse(SATURDAY_10.plus(Duration.ofMinutes(5)));
        onTime.recordResolution(SATURDAY_10.plus(Duration.ofHours(5)));

        assertThat(onTime.status(SlaMeasure.FIRST_RESPONSE, SATURDAY_10.plus(Duration.ofDays(3))).state()).isEqualTo(SlaStatus.State.MET);
        assertThat(onTime.status(SlaMeasure.RESOLUTION, SATURDAY_10.plus(Duration.ofDays(3))).state()).isEqualTo(SlaStatus.State.MISSED);
        assertThat(onTime.escalations(SATURDAY_10.plus(Duration.ofDays(3)))).isEmpty();
    }

    @Test
    void aPauseAfterTheBreachDoesNotMoveTheDueTimeBack() {
        SlaClock clock = clock(Severity.S1, Tier.ENTERPRISE, SATURDAY_10);
        clock.pause(SATURDAY_10.plus(Duration.ofMinutes(20)));
        clock.resume(SATURDAY_10.plus(Duration.ofMinutes(50)));

        assertThat(clock.dueAt(SlaMeasure.FIRST_RESPONSE)).contains(SATURDAY_10.plus(Duration.ofMinutes(15)));
        assertThat(clock.dueAt(SlaMeasure.RESOLUTION)).contains(SATURDAY_10.plus(Duration.ofMinutes(4 * 60 + 30)));
    }

    @Test
    void refusesEventsOutOfOrder() {
        SlaClock clock = clock(Severity.S2, Tier.PREMIUM, SATURDAY_10);

        assertThatThrownBy(() -> clock.resume(SATURDAY_10)).hasMessageContaining("is not paused");
        clock.pause(SATURDAY_10.plusSeconds(60));
        assertThatThrownBy(() -> clock.pause(SATURDAY_10.plusSeconds(120))).hasMessageContaining("already paused");
        assertThatThrownBy(() -> clock.recordFirstResponse(SATURDAY_10.minusSeconds(1))).hasMessageContaining("before the clock started");
    }
}
