package io.globaldesk.alerting;

import java.util.List;
import java.util.function.Predicate;

/**
 * Alertmanager-style inhibition: while an alert on a source scope is active, alerts on target scopes that agree with it on
 * the {@code equal} fields are suppressed, because the source explains them.
 */
public record InhibitionRule(String name, Predicate<Scope> source, Predicate<Scope> target, List<String> equal) {

    public boolean inhibits(Scope src, Scope tgt) {
        if (src.equals(tgt) || src.kind() != tgt.kind() || !source.test(src) || !target.test(tgt)) return false;
        for (String f : equal) {
            String a = src.field(f);
            if (a == null || !a.equals(tgt.field(f))) return false;
        }
        return true;
    }

    /** An edge node explains its region's ISP and region alerts; an ISP explains its region's alert. */
    public static List<InhibitionRule> defaults() {
        return List.of(
                new InhibitionRule("edge-explains-isp", Scope::isEdge, Scope::isIsp, List.of("region")),
                new InhibitionRule("edge-explains-region", Scope::isEdge, Scope::isRegion, List.of("region")),
                new InhibitionRule("isp-explains-region", Scope::isIsp, Scope::isRegion, List.of("region")));
    }
}
