package io.globaldesk.routing;

import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.globaldesk.routing.Centers.agent;
import static org.assertj.core.api.Assertions.assertThat;

class HardRuleTests {

    private static final Instant DUBLIN_WORKDAY = Instant.parse("2026-11-25T10:00:00Z");

    private static RoutingContext context(RoutingSnapshot snapshot, String category, Instant at) {
        return new RoutingContext(new RoutingRequest("T", Severity.S3, category, "en", Tier.STANDARD, "EMEA"), snapshot, at,
                CategorySkills.defaults());
    }

    @Test
    void onShiftRuleExcludesClosedCentersAbsencesAndTheAwaySwitch() {
        AgentState onLeave = new AgentState("leave", "L", "EMEA", Set.of("en"), Set.of("audio"), 5, 0, false,
                List.of(new Absence(DUBLIN_WORKDAY.minusSeconds(3600), DUBLIN_WORKDAY.plusSeconds(3600))), null);
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(
                agent("emea", "EMEA", Set.of("en"), Set.of("audio"), 5, 0), agent("amer", "AMER", Set.of("en"), Set.of("audio"), 5, 0),
                onLeave, agent("off", "EMEA", Set.of("en"), Set.of("audio"), 5, 0).withAway(true)), Centers.all());
        RoutingContext context = context(snapshot, "audio", DUBLIN_WORKDAY);
        OnShiftRule rule = new OnShiftRule();

        assertThat(rule.exclusion(0, snapshot.agentAt(0), context)).isNull();
        assertThat(rule.exclusion(1, snapshot.agentAt(1), context).code()).isEqualTo(ReasonCode.EXCLUDED_CENTER_CLOSED);
        assertThat(rule.exclusion(2, snapshot.agentAt(2), context).code()).isEqualTo(ReasonCode.EXCLUDED_AGENT_AWAY);
        assertThat(rule.exclusion(3, snapshot.agentAt(3), context).code()).isEqualTo(ReasonCode.EXCLUDED_AGENT_AWAY);
        assertThat(rule.exclusion(2, snapshot.agentAt(2), context(snapshot, "audio", DUBLIN_WORKDAY.plusSeconds(3600)))).isNull();
    }

    @Test
    void skillRuleNeedsOneOfTheCategorysSkills() {
        RoutingSnapshot snapshot = emeaSnapshot(emea("web", "sdk-web", 0), emea("ios", "sdk-ios", 0));
        SkillRule rule = new SkillRule();
        RoutingContext web = context(snapshot, "sdk-web", DUBLIN_WORKDAY);

        assertThat(rule.exclusion(0, snapshot.agentAt(0), web)).isNull();
        assertThat(rule.exclusion(1, snapshot.agentAt(1), web)).isEqualTo(Reason.of(ReasonCode.EXCLUDED_MISSING_SKILL, "sdk-web", "sdk-web"));
        assertThat(rule.exclusion(1, snapshot.agentAt(1), context(snapshot, "other", DUBLIN_WORKDAY))).isNull();
    }

    @Test
    void capacityRuleNeedsRoomForOneMoreTicket() {
        RoutingSnapshot snapshot = emeaSnapshot(emea("room", "audio", 4), emea("full", "audio", 5));
        CapacityRule rule = new CapacityRule();
        RoutingContext context = context(snapshot, "audio", DUBLIN_WORKDAY);

        assertThat(rule.exclusion(0, snapshot.agentAt(0), context)).isNull();
        assertThat(rule.exclusion(1, snapshot.agentAt(1), context)).isEqualTo(Reason.of(ReasonCode.EXCLUDED_AT_CAPACITY, 5, 5));
    }

    /** An English-speaking Dublin agent with one skill and capacity 5. */
    private static AgentState emea(String id, String skill, int load) {
        return agent(id, "EMEA", Set.of("en"), Set.of(skill), 5, load);
    }

    private static RoutingSnapshot emeaSnapshot(AgentState... agents) {
        return RoutingSnapshot.of(List.of(agents), Centers.all());
    }
}
