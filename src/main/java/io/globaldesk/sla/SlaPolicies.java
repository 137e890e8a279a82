package io.globaldesk.sla;

import io.globaldesk.directory.Tier;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.globaldesk.sla.SlaPolicy.Coverage.BUSINESS_HOURS;
import static io.globaldesk.sla.SlaPolicy.Coverage.TWENTY_FOUR_SEVEN;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

/** A full Severity × Tier table of SLA policies; every cell must be filled so no ticket runs without targets. */
public final class SlaPolicies {

    /** A business day of a 09:00–18:00 center. */
    private static final Duration BUSINESS_DAY = ofHours(9);

    private final Map<Severity, Map<Tier, SlaPolicy>> table = new EnumMap<>(Severity.class);

    private SlaPolicies(Collection<SlaPolicy> policies) {
        for (SlaPolicy p : policies) {
            SlaPolicy previous = table.computeIfAbsent(p.severity(), s -> new EnumMap<>(Tier.class)).put(p.tier(), p);
            if (previous != null)
                throw new IllegalArgumentException("two SLA policies for " + p.severity() + " × " + p.tier());
        }
        for (Severity s : Severity.values())
            for (Tier t : Tier.values())
                if (!table.getOrDefault(s, Map.of()).containsKey(t))
                    throw new IllegalArgumentException("no SLA policy for " + s + " × " + t + "; the table must be complete");
    }

    public static SlaPolicies of(Collection<SlaPolicy> policies) {
        return new SlaPolicies(policies);
    }

    /**
     * Targets in line with what RTC vendors sell: outages are answered around the clock for every tier, the lower
     * severities of paying tiers in business hours of the customer's regional center.
     */
    public static SlaPolicies defaults() {
        return of(List.of(
                new SlaPolicy(Severity.S1, Tier.ENTERPRISE, ofMinutes(15), ofHours(4), TWENTY_FOUR_SEVEN),
                new SlaPolicy(Severity.S2, Tier.ENTERPRISE, ofMinutes(30), ofHours(8), TWENTY_FOUR_SEVEN),
                new SlaPolicy(Severity.S3, Tier.ENTERPRISE, ofHours(2), BUSINESS_DAY.multipliedBy(2), BUSINESS_HOURS),
                new SlaPolicy(Severity.S4, Tier.ENTERPRISE, ofHours(4), BUSINESS_DAY.multipliedBy(5), BUSINESS_HOURS),
                new SlaPolicy(Severity.S1, Tier.PREMIUM, ofMinutes(30), ofHours(8), TWENTY_FOUR_SEVEN),
                new SlaPolicy(Severity.S2, Tier.PREMIUM, ofHours(2), BUSINESS_DAY.multipliedBy(2), BUSINESS_HOURS),
                new SlaPolicy(Severity.S3, Tier.PREMIUM, ofHours(4), BUSINESS_DAY.multipliedBy(3), BUSINESS_HOURS),
                new SlaPolicy(Severity.S4, Tier.PREMIUM, BUSINESS_DAY, BUSINESS_DAY.multipliedBy(7), BUSINESS_HOURS),
                new SlaPolicy(Severity.S1, Tier.STANDARD, ofHours(1), ofHours(24), TWENTY_FOUR_SEVEN),
                new SlaPolicy(Severity.S2, Tier.STANDARD, ofHours(4), BUSINESS_DAY.multipliedBy(3), BUSINESS_HOURS),
                new SlaPolicy(Severity.S3, Tier.STANDARD, BUSINESS_DAY, BUSINESS_DAY.multipliedBy(5), BUSINESS_HOURS),
                new SlaPolicy(Severity.S4, Tier.STANDARD, BUSINESS_DAY.multipliedBy(2), BUSINESS_DAY.multipliedBy(10), BUSINESS_HOURS)));
    }

    public SlaPolicy policyFor(Severity severity, Tier tier) {
        return table.get(severity).get(tier);
    }
}
