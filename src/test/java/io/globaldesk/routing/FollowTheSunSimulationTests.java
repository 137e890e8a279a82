package io.globaldesk.routing;

import io.globaldesk.routing.FollowTheSunSimulation.Result;
import io.globaldesk.routing.FollowTheSunSimulation.Strategy;
import io.globaldesk.routing.TicketWorkload.TicketSpec;
import io.globaldesk.sla.Severity;
import io.globaldesk.sla.SlaMeasure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seven days of follow-the-sun on a moved clock: Saturday 28 March to Saturday 4 April 2026, spanning Europe's spring
 * clock change and Singapore's Good Friday holiday. 5,000 tickets, 25 engineers in three centers; GlobalDesk's routing
 * against a round-robin baseline on the same tickets and engineers.
 */
class FollowTheSunSimulationTests {

    private static final Instant START = Instant.parse("2026-03-28T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(7));
    private static final int TICKETS = 5_000;

    private static List<TicketSpec> workload;
    private static Result globalDesk;
    private static Result roundRobin;

    @BeforeAll
    static void simulateBothStrategies() {
        workload = TicketWorkload.generate(20260328L, TICKETS, START, END);
        globalDesk = FollowTheSunSimulation.run(Strategy.GLOBALDESK, workload, SimulatedRoster.agents(), Centers.all(), START, END);
        roundRobin = FollowTheSunSimulation.run(Strategy.ROUND_ROBIN, workload, SimulatedRoster.agents(), Centers.all(), START, END);
        for (Result r : List.of(globalDesk, roundRobin)) {
            System.out.printf("%n== %s: %d tickets, %d solved, %d assignments (%d off shift), %d hand-overs, %d on-call pages, "
                            + "queue peak %d, invariant violations %d in %d checks%n%s",
                    r.strategy(), TICKETS, r.solved(), r.assignments(), r.offShiftAssignments(), r.handovers(), r.pages(),
                    r.maxQueue(), r.invariantViolations(), r.invariantChecks(), r.report().render());
        }
    }

    @Test
    void workloadFollowsRegionalDaysAndCoversEveryMarket() {
        assertThat(workload).hasSize(TICKETS);
        assertThat(workload).allSatisfy(t -> assertThat(t.arrival()).isBetween(START, END));
        assertThat(workload.stream().map(t -> t.request().customerRegion()).distinct()).containsExactlyInAnyOrder("APAC", "EMEA", "AMER");
        long apacAtNightInAsia = workload.stream().filter(t -> t.request().customerRegion().equals("APAC"))
                .filter(t -> t.arrival().atZone(java.time.ZoneId.of("Asia/Shanghai")).getHour() < 6).count();
        long apacInAsianWorkday = workload.stream().filter(t -> t.request().customerRegion().equals("APAC"))
                .filter(t -> { int h = t.arrival().atZone(java.time.ZoneId.of("Asia/Shanghai")).getHour(); return h >= 9 && h < 15; }).count();
        assertThat(apacInAsianWorkday).isGreaterThan(5 * apacAtNightInAsia);
    }

    @Test
    void noTicketIsEverAssignedToAnOffShiftAgent() {
        assertThat(globalDesk.assignments()).isGreaterThanOrEqualTo(TICKETS);
        assertThat(globalDesk.offShiftAssignments()).isZero();
        assertThat(roundRobin.offShiftAssignments()).as("the same check catches a shift-blind strategy").isPositive();
    }

    @Test
    void noOpenS1OrS2StaysWithAnOffShiftOwnerForMoreThanFifteenMinutes() {
        assertThat(globalDesk.handovers()).isPositive();
        assertThat(globalDesk.invariantChecks()).isGreaterThan(2_000);
        assertThat(globalDesk.firstViolations()).isEmpty();
        assertThat(globalDesk.invariantViolations()).isZero();
        assertThat(roundRobin.invariantViolations()).as("the same audit catches owners who keep tickets overnight").isPositive();
    }

    @Test
    void globalDeskRoutingBeatsRoundRobinOnSlaAttainment() {
        for (SlaMeasure m : SlaMeasure.values()) {
            assertThat(globalDesk.report().overall(m).percent()).as("overall %s", m)
                    .isGreaterThan(roundRobin.report().overall(m).percent());
        }
        assertThat(globalDesk.report().bySeverity(SlaMeasure.FIRST_RESPONSE).get(Severity.S1).percent())
                .isGreaterThan(roundRobin.report().bySeverity(SlaMeasure.FIRST_RESPONSE).get(Severity.S1).percent());
        assertThat(globalDesk.solved()).isGreaterThan(roundRobin.solved());
    }
}
