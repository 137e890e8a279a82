package io.globaldesk.alerting.rules;

import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.ScopeMinute;
import io.globaldesk.alerting.StaticRule;

import java.time.Duration;

/** p95 packet loss above a percentage for two consecutive cycles: calls become choppy whatever the baseline says. */
public record PacketLossRule(double maxPercent) implements StaticRule {
    public PacketLossRule() {
        this(20.0);
    }

    public String name() {
        return "loss-p95>" + maxPercent + "%";
    }

    public Metric metric() {
        return Metric.LOSS_P95;
    }

    public Duration holdFor() {
        return Duration.ofMinutes(1);
    }

    public boolean breached(ScopeMinute row) {
        return row.value(Metric.LOSS_P95) > maxPercent;
    }
}
