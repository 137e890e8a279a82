package io.globaldesk.alerting.rules;

import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.ScopeMinute;
import io.globaldesk.alerting.StaticRule;

import java.time.Duration;

/** Video freeze rate above a percentage for two consecutive one-minute cycles. */
public record VideoFreezeRule(double maxPercent) implements StaticRule {
    public VideoFreezeRule() {
        this(5.0);
    }

    public String name() {
        return "video-freeze>" + maxPercent + "%";
    }

    public Metric metric() {
        return Metric.VIDEO_FREEZE_RATE;
    }

    public Duration holdFor() {
        return Duration.ofMinutes(1);
    }

    public boolean breached(ScopeMinute row) {
        return row.value(Metric.VIDEO_FREEZE_RATE) > maxPercent;
    }
}
