package io.globaldesk.alerting.rules;

import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.ScopeMinute;
import io.globaldesk.alerting.StaticRule;

import java.time.Duration;

/** API error rate above a percentage for two consecutive cycles. */
public record ApiErrorRateRule(double maxPercent) implements StaticRule {
    public ApiErrorRateRule() {
        this(25.0);
    }

    public String name() {
        return "api-errors>" + maxPercent + "%";
    }

    public Metric metric() {
        return Metric.API_ERROR_RATE;
    }

    public Duration holdFor() {
        return Duration.ofMinutes(1);
    }

    public boolean breached(ScopeMinute row) {
        return row.value(Metric.API_ERROR_RATE) > maxPercent;
    }
}
