package io.globaldesk.sla;

import io.globaldesk.directory.Tier;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Share of SLA targets met, by center, severity and tier, for each measure. */
public final class SlaAttainmentReport {

    /** {@code met} of {@code total} outcomes. */
    public record Attainment(int met, int total) {
        public double percent() { return total == 0 ? 100.0 : 100.0 * met / total; }

        Attainment plus(boolean wasMet) { return new Attainment(met + (wasMet ? 1 : 0), total + 1); }

        @Override
        public String toString() { return String.format(java.util.Locale.ROOT, "%5.1f%% (%d/%d)", percent(), met, total); }
    }

    private final List<SlaOutcome> outcomes;

    private SlaAttainmentReport(List<SlaOutcome> outcomes) { this.outcomes = outcomes; }

    public static SlaAttainmentReport of(Collection<SlaOutcome> outcomes) {
        return new SlaAttainmentReport(List.copyOf(outcomes));
    }

    public Attainment overall(SlaMeasure measure) {
        return grouped(measure, o -> "all").getOrDefault("all", new Attainment(0, 0));
    }

    public Map<String, Attainment> byCenter(SlaMeasure measure) { return grouped(measure, SlaOutcome::center); }

    public Map<Severity, Attainment> bySeverity(SlaMeasure measure) {
        return new EnumMap<>(grouped(measure, SlaOutcome::severity));
    }

    public Map<Tier, Attainment> byTier(SlaMeasure measure) { return new EnumMap<>(grouped(measure, SlaOutcome::tier)); }

    /** A plain-text table, one block per measure, for logs and the simulation's printout. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (SlaMeasure m : SlaMeasure.values()) {
            out.append(m).append(": overall ").append(overall(m)).append('\n');
            out.append("  by center   ").append(byCenter(m)).append('\n');
            out.append("  by severity ").append(bySeverity(m)).append('\n');
            out.append("  by tier     ").append(byTier(m)).append('\n');
        }
        return out.toString();
    }

    private <K extends Comparable<K>> Map<K, Attainment> grouped(SlaMeasure measure, Function<SlaOutcome, K> key) {
        Map<K, Attainment> groups = new TreeMap<>();
        for (SlaOutcome o : outcomes) {
            if (o.measure() != measure) continue;
            groups.merge(key.apply(o), new Attainment(0, 0).plus(o.met()),
                    (a, b) -> new Attainment(a.met() + b.met(), a.total() + b.total()));
        }
        return groups;
    }
}
