package io.globaldesk.routing;

import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.globaldesk.routing.Centers.agent;
import static org.assertj.core.api.Assertions.assertThat;

class PreferenceTests {

    private static final Instant OVERLAP_OF_APAC_AND_EMEA = Instant.parse("2026-11-25T09:30:00Z");

    private final RoutingSnapshot snapshot = RoutingSnapshot.of(List.of(
            agent("pt", "EMEA", Set.of("pt", "en"), Set.of("audio", AgentState.SENIOR_SKILL), 5, 0),
            agent("en", "APAC", Set.of("en"), Set.of("audio"), 5, 0)), Centers.all());

    private RoutingContext context(String language, Tier tier, String region) {
        return new RoutingContext(new RoutingRequest("T", Severity.S3, "audio", language, tier, region), snapshot,
                OVERLAP_OF_APAC_AND_EMEA, CategorySkills.defaults());
    }

    @Test
    void languagePreferenceMatchesThePrimaryLanguageOfTheTag() {
        LanguagePreference preference = new LanguagePreference();
        RoutingContext brazilian = context("pt-BR", Tier.STANDARD, "AMER");

        assertThat(preference.score(0, snapshot.agentAt(0), brazilian)).isEqualTo(LanguagePreference.POINTS);
        assertThat(preference.score(1, snapshot.agentAt(1), brazilian)).isZero();
        assertThat(preference.score(0, snapshot.agentAt(0), context(null, Tier.STANDARD, "AMER"))).isZero();
    }

    @Test
    void regionalCenterPreferenceCountsOnlyTheCustomersCenterWhileItWorks() {
        RegionalCenterPreference preference = new RegionalCenterPreference();

        assertThat(preference.score(0, snapshot.agentAt(0), context("en", Tier.STANDARD, "EMEA"))).isEqualTo(RegionalCenterPreference.POINTS);
        assertThat(preference.score(1, snapshot.agentAt(1), context("en", Tier.STANDARD, "EMEA"))).isZero();
        RoutingContext afterApacCloses = new RoutingContext(new RoutingRequest("T", Severity.S3, "audio", "en", Tier.STANDARD, "APAC"),
                snapshot, Instant.parse("2026-11-25T10:30:00Z"), CategorySkills.defaults());
        assertThat(preference.score(1, snapshot.agentAt(1), afterApacCloses)).isZero();
    }

    @Test
    void tierFitPreferenceSendsSeniorsToPayingCustomers() {
        TierFitPreference preference = new TierFitPreference();

        assertThat(preference.score(0, snapshot.agentAt(0), context("en", Tier.ENTERPRISE, "EMEA"))).isEqualTo(TierFitPreference.ENTERPRISE_SENIOR);
        assertThat(preference.score(0, snapshot.agentAt(0), context("en", Tier.PREMIUM, "EMEA"))).isEqualTo(TierFitPreference.PREMIUM_SENIOR);
        assertThat(preference.score(0, snapshot.agentAt(0), context("en", Tier.STANDARD, "EMEA"))).isZero();
        assertThat(preference.score(1, snapshot.agentAt(1), context("en", Tier.STANDARD, "EMEA"))).isEqualTo(TierFitPreference.STANDARD_NON_SENIOR);
    }
}
