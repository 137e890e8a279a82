package io.globaldesk.routing;

import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.globaldesk.routing.Centers.agent;
import static org.assertj.core.api.Assertions.assertThat;

class RouterTests {

    private static final Instant EMEA_MORNING = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant SATURDAY = Instant.parse("2026-11-28T12:00:00Z");

    private final Router router = new Router(CategorySkills.defaults());

    private static RoutingRequest request(Severity severity, String category, String language, Tier tier, String region) {
        return new RoutingRequest("T-1", severity, category, language, tier, region);
    }

    @Test
    void equalScoresGoToTheLeastLoadedShareOfCapacity() {
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(
                agent("a", "EMEA", Set.of("en"), Set.of("video"), 10, 5),
                agent("b", "EMEA", Set.of("en"), Set.of("video"), 4, 1)), Centers.all());

        RoutingDecision decision = router.decide(request(Severity.S3, "video", "en", Tier.PREMIUM, "EMEA"), snapshot, EMEA_MORNING);

        assertThat(decision.assignee().id()).isEqualTo("b");
        assertThat(decision.reasons(ReasonCode.TIE_LEAST_LOADED)).extracting(Reason::args).containsExactly(List.of("1", "4"));
    }

    @Test
    void equalScoresAndLoadGoToTheLongestIdle() {
        AgentState recent = agent("a", "EMEA", Set.of("en"), Set.of("video"), 4, 1).withAssignment(EMEA_MORNING.minusSeconds(60)).withRelease();
        AgentState earlier = agent("b", "EMEA", Set.of("en"), Set.of("video"), 4, 1).withAssignment(EMEA_MORNING.minusSeconds(3600)).withRelease();
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(recent, earlier), Centers.all());

        RoutingDecision decision = router.decide(request(Severity.S3, "video", "en", Tier.PREMIUM, "EMEA"), snapshot, EMEA_MORNING);

        assertThat(decision.assignee().id()).isEqualTo("b");
        assertThat(decision.reasons(ReasonCode.TIE_LONGEST_IDLE)).hasSize(1);
    }

    @Test
    void enterpriseTicketsPreferSeniorEngineers() {
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(
                agent("junior", "EMEA", Set.of("en"), Set.of("network"), 8, 0),
                agent("senior", "EMEA", Set.of("en"), Set.of("network", AgentState.SENIOR_SKILL), 8, 6)), Centers.all());

        assertThat(router.decide(request(Severity.S2, "network", "en", Tier.ENTERPRISE, "EMEA"), snapshot, EMEA_MORNING)
                .assignee().id()).isEqualTo("senior");
        assertThat(router.decide(request(Severity.S2, "network", "en", Tier.STANDARD, "EMEA"), snapshot, EMEA_MORNING)
                .assignee().id()).isEqualTo("junior");
    }

    @Test
    void anS1WithNobodyEligiblePagesTheRegionalCentersOnCallEngineer() {
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(agent("emea-1", "EMEA", Set.of("en"), Set.of("audio"), 8, 0)),
                Centers.all());

        RoutingDecision outage = router.decide(request(Severity.S1, "audio", "en", Tier.ENTERPRISE, "EMEA"), snapshot, SATURDAY);

        assertThat(outage.queued()).isTrue();
        assertThat(outage.pageOnCall()).isEqualTo(new OnCallPage("emea-oncall", "EMEA", "T-1"));
        assertThat(outage.reasons(ReasonCode.PAGED_ON_CALL)).hasSize(1);
        assertThat(router.decide(request(Severity.S2, "audio", "en", Tier.ENTERPRISE, "EMEA"), snapshot, SATURDAY).pageOnCall())
                .isNull();
    }

    @Test
    void aQueuedTicketBelongsToACenterOnShiftWhenItsRegionalCenterSleeps() {
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(agent("apac-1", "APAC", Set.of("en"), Set.of("video"), 8, 8)),
                Centers.all());

        RoutingDecision decision = router.decide(request(Severity.S1, "video", "en", Tier.STANDARD, "AMER"), snapshot,
                Instant.parse("2026-11-25T03:00:00Z"));

        assertThat(decision.supportCenter()).isEqualTo("APAC");
        assertThat(decision.pageOnCall().agentId()).isEqualTo("apac-oncall");
    }

    @Test
    void everyCandidateIsListedWithItsScoreOrExclusion() {
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(
                agent("in", "EMEA", Set.of("fr"), Set.of("billing"), 8, 0),
                agent("away", "EMEA", Set.of("fr"), Set.of("billing"), 8, 0).withAway(true),
                agent("lost", "MARS", Set.of("fr"), Set.of("billing"), 8, 0)), Centers.all());

        RoutingDecision decision = router.decide(request(Severity.S4, "billing", "fr-CA", Tier.STANDARD, "EMEA"), snapshot, EMEA_MORNING);

        assertThat(decision.candidates()).extracting(Candidate::agentId).containsExactly("in", "away", "lost");
        assertThat(decision.candidate("in").score())
                .isEqualTo(LanguagePreference.POINTS + RegionalCenterPreference.POINTS + TierFitPreference.STANDARD_NON_SENIOR);
        assertThat(decision.candidate("away").excludedBecause().code()).isEqualTo(ReasonCode.EXCLUDED_AGENT_AWAY);
        assertThat(decision.candidate("lost").excludedBecause().code()).isEqualTo(ReasonCode.EXCLUDED_UNKNOWN_CENTER);
        assertThat(decision.reasons().getFirst()).isEqualTo(Reason.of(ReasonCode.ASSIGNED, "Agent in", "EMEA", decision.candidate("in").score()));
    }

    @Test
    void theOtherCategoryNeedsNoSkill() {
        RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(agent("x", "EMEA", Set.of("en"), Set.of(), 8, 0)), Centers.all());

        RoutingDecision decision = router.decide(request(Severity.S4, "other", "en", Tier.STANDARD, "EMEA"), snapshot, EMEA_MORNING);

        assertThat(decision.assignee().id()).isEqualTo("x");
        assertThat(decision.reasons(ReasonCode.NO_SKILL_REQUIRED)).hasSize(1);
    }

    @Test
    void aSnapshotRefusesDuplicateAgentsOrCenters() {
        AgentState a = agent("a", "EMEA", Set.of("en"), Set.of(), 1, 0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoutingSnapshot.of(List.of(a, a), Centers.all()))
                .hasMessageContaining("agent a appears twice");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoutingSnapshot.of(List.of(a), List.of(Centers.emea(), Centers.emea())))
                .hasMessageContaining("support center EMEA appears twice");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> agent("b", "EMEA", Set.of(), Set.of(), -1, 0))
                .hasMessageContaining("capacity of agent b must not be negative");
    }
}
