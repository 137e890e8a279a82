package io.globaldesk.routing;

import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.globaldesk.routing.Centers.agent;
import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance scenarios of the routing preview (issue 3), on the routing core. */
class RoutingPreviewScenarioTests {

    private static final Instant WEDNESDAY_0300_UTC = Instant.parse("2026-11-25T03:00:00Z");
    private static final Instant WEDNESDAY_1000_UTC = Instant.parse("2026-11-25T10:00:00Z");

    private final Router router = new Router(CategorySkills.defaults());

    private final RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(
            agent("apac-audio", "APAC", Set.of("en", "zh"), Set.of("audio", "video"), 8, 2),
            agent("apac-video", "APAC", Set.of("en"), Set.of("video"), 8, 0),
            agent("apac-ja", "APAC", Set.of("ja", "en"), Set.of("audio"), 8, 3),
            agent("emea-de", "EMEA", Set.of("de", "en"), Set.of("audio"), 8, 4),
            agent("amer-ja", "AMER", Set.of("ja", "en"), Set.of("audio"), 8, 0)), Centers.all());

    private static RoutingRequest germanAudioTicket() {
        return new RoutingRequest("T-de", Severity.S2, "audio", "de", Tier.ENTERPRISE, "EMEA");
    }

    @Test
    void germanTicketAtThreeUtcGoesToAnOnShiftApacAgentWithTheSkill() {
        RoutingDecision decision = router.decide(germanAudioTicket(), snapshot, WEDNESDAY_0300_UTC);

        assertThat(decision.assignee().id()).isIn("apac-audio", "apac-ja");
        assertThat(decision.supportCenter()).isEqualTo("APAC");
        assertThat(decision.candidate("emea-de").excludedBecause().code()).isEqualTo(ReasonCode.EXCLUDED_CENTER_CLOSED);
        assertThat(decision.candidate("apac-video").excludedBecause().code()).isEqualTo(ReasonCode.EXCLUDED_MISSING_SKILL);
        assertThat(decision.candidate("amer-ja").excludedBecause().args()).containsExactly("AMER");
    }

    @Test
    void theSameGermanTicketAtTenUtcGoesToEmea() {
        RoutingDecision decision = router.decide(germanAudioTicket(), snapshot, WEDNESDAY_1000_UTC);

        assertThat(decision.assignee().id()).isEqualTo("emea-de");
        assertThat(decision.supportCenter()).isEqualTo("EMEA");
        assertThat(decision.reasons(ReasonCode.PREFERRED_LANGUAGE)).extracting(Reason::args).containsExactly(List.of("de"));
        assertThat(decision.reasons(ReasonCode.PREFERRED_REGIONAL_CENTER)).hasSize(1);
        assertThat(decision.candidate("apac-audio").excludedBecause().code()).isEqualTo(ReasonCode.EXCLUDED_CENTER_CLOSED);
    }

    @Test
    void japaneseTicketPrefersAnOnShiftJapaneseSpeakerOverALessLoadedColleague() {
        RoutingRequest japanese = new RoutingRequest("T-ja", Severity.S3, "audio", "ja", Tier.STANDARD, "APAC");

        RoutingDecision decision = router.decide(japanese, snapshot, WEDNESDAY_0300_UTC);

        assertThat(decision.assignee().id()).isEqualTo("apac-ja");
        assertThat(decision.candidate("apac-ja").score()).isGreaterThan(decision.candidate("apac-audio").score());
        assertThat(decision.candidate("amer-ja").eligible()).isFalse();
        assertThat(decision.reasons(ReasonCode.PREFERRED_LANGUAGE)).hasSize(1);
    }

    @Test
    void anAgentAtCapacityIsExcludedWithThatReason() {
        RoutingSnapshot full = snapshot.withAgent("emea-de", a -> Centers.agent(a.id(), "EMEA", a.languages(), a.skills(), 5, 5));

        RoutingDecision decision = router.decide(germanAudioTicket(), full, WEDNESDAY_1000_UTC);

        Candidate emea = decision.candidate("emea-de");
        assertThat(emea.excludedBecause().code()).isEqualTo(ReasonCode.EXCLUDED_AT_CAPACITY);
        assertThat(emea.excludedBecause().args()).containsExactly("5", "5");
        assertThat(decision.assigned()).isFalse();
        assertThat(decision.queued()).isTrue();
    }

    @Test
    void onACentersHolidayNoOneThereIsEligible() {
        Instant goodFridayInSingapore = Instant.parse("2026-04-03T03:00:00Z");
        RoutingRequest request = new RoutingRequest("T-hol", Severity.S3, "audio", "en", Tier.PREMIUM, "APAC");

        RoutingDecision decision = router.decide(request, snapshot, goodFridayInSingapore);

        assertThat(decision.candidates()).filteredOn(c -> c.agentId().startsWith("apac"))
                .hasSize(3)
                .allSatisfy(c -> {
                    assertThat(c.eligible()).isFalse();
                    assertThat(c.excludedBecause().code()).isEqualTo(ReasonCode.EXCLUDED_CENTER_HOLIDAY);
                    assertThat(c.excludedBecause().args()).containsExactly("APAC", "2026-04-03");
                });
        assertThat(decision.queued()).isTrue();
        assertThat(router.decide(request, snapshot, Instant.parse("2026-04-02T03:00:00Z")).assigned()).isTrue();
    }
}
