package io.globaldesk.sla;

import io.globaldesk.directory.Tier;
import java.time.Duration;
import java.util.Objects;

/** The targets for one Severity × Tier, counted in business hours of the customer's center or around the clock. */
public record SlaPolicy(Severity severity, Tier tier, Duration firstResponse, Duration resolution, Coverage coverage) {

    public enum Coverage { BUSINESS_HOURS, TWENTY_FOUR_SEVEN }

    public SlaPolicy {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(coverage, "coverage");
        if (firstResponse == null || firstResponse.isNegative() || firstResponse.isZero())
            throw new IllegalArgumentException("an SLA first-response target must be positive, was " + firstResponse);
        if (resolution == null || resolution.compareTo(firstResponse) < 0)
            throw new IllegalArgumentException("an SLA resolution target must not be shorter than its first-response target ("
                    + resolution + " < " + firstResponse + ")");
    }

    public Duration target(SlaMeasure measure) {
        return measure == SlaMeasure.FIRST_RESPONSE ? firstResponse : resolution;
    }
}
