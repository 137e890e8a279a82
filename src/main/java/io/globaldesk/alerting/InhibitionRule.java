package io.globaldesk.alerting;

import java.util.List;
import java.util.function.Predicate;

/**
 * Alertmanager-style inhibition: while an alert on a source scope is active, alerts on target scopes that agree with it on
 * the {@code equal} fields are suppressed, because the source explains them. Edge nodes and ISPs overlap (an ISP's users
 * reach several edges), so between them the cause is the scope that deviates more: {@code sourceMustBeStronger}.
 */
public record InhibitionRule(String name, Predicate<Scope> source, Predicate<Scope> target, List<String> equal,
                             boolean sourceMustBeStronger) {

    /**
     * @param srcSeverity, tgtSeverity the strongest robust z-score among the scopes' active alerts
     */
    public boolean inhibits(Scope src, double srcSeverity, Scope tgt, double tgtSeverity) {
        if (src.equals(tgt) || src.kind() != tgt.kind() || !source.test(src) || !target.test(tgt)) return false;
        if (sourceMustBeStronger && !(srcSeverity > tgtSeverity)) return false;
        for (String f : equal) {
            String a = src.field(f);
            if (a == null || !a.equals(tgt.field(f))) return false;
        }
        return true;
    }

    /**
     * An edge node explains its region's alert and the ISP alerts it deviates more than; an ISP explains its region's
     * alert and the edge alerts it deviates more than (an ISP fault shows, diluted, on every edge its users reach).
     */
    public static List<InhibitionRule> defaults() {
        return List.of(
                new InhibitionRule("edge-explains-isp", Scope::isEdge, Scope::isIsp, List.of("region"), true),
                new InhibitionRule("edge-explains-region", Scope::isEdge, Scope::isRegion, List.of("region"), false),
                new InhibitionRule("isp-explains-edge", Scope::isIsp, Scope::isEdge, List.of("region"), true),
                new InhibitionRule("isp-explains-region", Scope::isIsp, Scope::isRegion, List.of("region"), false));
    }
}
