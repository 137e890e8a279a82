package io.globaldesk.sla;

import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaPoliciesTests {

    private final SlaPolicies defaults = SlaPolicies.defaults();

    @Test
    void enterpriseOutageIsFifteenMinutesAndFourHoursAroundTheClock() {
        SlaPolicy p = defaults.policyFor(Severity.S1, Tier.ENTERPRISE);

        assertThat(p.firstResponse()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.resolution()).isEqualTo(Duration.ofHours(4));
        assertThat(p.coverage()).isEqualTo(SlaPolicy.Coverage.TWENTY_FOUR_SEVEN);
    }

    @Test
    void higherTiersNeverGetLooserTargetsAndOutagesAlwaysRunAroundTheClock() {
        for (Severity s : Severity.values()) {
            for (SlaMeasure m : SlaMeasure.values()) {
                Duration standard = defaults.policyFor(s, Tier.STANDARD).target(m);
                Duration premium = defaults.policyFor(s, Tier.PREMIUM).target(m);
                Duration enterprise = defaults.policyFor(s, Tier.ENTERPRISE).target(m);
                assertThat(enterprise).as("%s %s", s, m).isLessThanOrEqualTo(premium);
                assertThat(premium).as("%s %s", s, m).isLessThanOrEqualTo(standard);
            }
        }
        for (Tier t : Tier.values())
            assertThat(defaults.policyFor(Severity.S1, t).coverage()).isEqualTo(SlaPolicy.Coverage.TWENTY_FOUR_SEVEN);
    }

    @Test
    void anIncompleteOrAmbiguousTableIsRejected() {
        List<SlaPolicy> all = new ArrayList<>();
        for (Severity s : Severity.values())
            for (Tier t : Tier.values()) all.add(defaults.policyFor(s, t));

        assertThatThrownBy(() -> SlaPolicies.of(all.subList(1, all.size()))).hasMessageContaining("no SLA policy for");
        List<SlaPolicy> doubled = new ArrayList<>(all);
        doubled.add(all.getFirst());
        assertThatThrownBy(() -> SlaPolicies.of(doubled)).hasMessageContaining("two SLA policies");
        assertThatThrownBy(() -> new SlaPolicy(Severity.S1, Tier.STANDARD, Duration.ofHours(2), Duration.ofHours(1),
                SlaPolicy.Coverage.BUSINESS_HOURS)).hasMessageContaining("must not be shorter");
    }
}
