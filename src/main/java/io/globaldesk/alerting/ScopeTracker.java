package io.globaldesk.alerting;

import io.globaldesk.alerting.internal.AlertState;

import java.util.List;

/** Detector states and alert states of one scope: one anomaly alert per metric, then one alert per static rule. */
final class ScopeTracker {
    private static final Metric[] METRICS = Metric.values();

    final Scope scope;
    private final SeriesState[] series = new SeriesState[METRICS.length];
    final AlertState[] alerts;
    private final float[] deviation = new float[METRICS.length];
    long evaluatedAt = Long.MIN_VALUE;
    /** Set once an inhibition explained this scope's alerts; an echo stays an echo until all its alerts clear. */
    boolean explained;

    ScopeTracker(Scope scope, int ruleCount) {
        this.scope = scope;
        this.alerts = new AlertState[METRICS.length + ruleCount];
    }

    void observe(ScopeMinute row, long now, AnomalyDetector[] detectors, List<StaticRule> rules, AlertSettings settings) {
        evaluatedAt = now;
        boolean enoughVolume = row.volume() >= settings.minVolume();
        long hold = settings.anomalyFor().toMillis();
        long keep = settings.keepFiringFor().toMillis();
        for (Metric m : METRICS) {
            if (!row.has(m)) {
                observeAlert(m.ordinal(), false, now, hold, keep, now);
                continue;
            }
            int i = m.ordinal();
            if (series[i] == null) series[i] = detectors[i].newSeries();
            ScoredPoint p = series[i].score(row.minute(), row.value(m));
            long onset = p.changeStart() == null ? now : p.changeStart().toEpochMilli();
            observeAlert(i, enoughVolume && p.anomaly(), now, hold, keep, onset);
            // the peak since the alert became active: once a fault ends every deviation is small again, yet the cause
            // must keep explaining its echoes until they resolve
            boolean active = alerts[i] != null && alerts[i].active();
            deviation[i] = active ? Math.max(deviation[i], (float) m.worse().signed(p.deviation())) : 0f;
        }
        for (int r = 0; r < rules.size(); r++) {
            StaticRule rule = rules.get(r);
            boolean breached = enoughVolume && row.has(rule.metric()) && rule.breached(row);
            observeAlert(METRICS.length + r, breached, now, rule.holdFor().toMillis(), keep, now);
        }
    }

    /** No row this minute: every condition is false (absent data resolves, as in Prometheus). */
    void noData(long now, List<StaticRule> rules, AlertSettings settings) {
        evaluatedAt = now;
        for (int i = 0; i < alerts.length; i++) {
            long hold = i < METRICS.length ? settings.anomalyFor().toMillis() : rules.get(i - METRICS.length).holdFor().toMillis();
            observeAlert(i, false, now, hold, settings.keepFiringFor().toMillis(), now);
        }
    }

    private void observeAlert(int i, boolean condition, long now, long hold, long keep, long onset) {
        AlertState a = alerts[i];
        if (a == null) {
            if (!condition) return;
            a = alerts[i] = new AlertState();
        }
        a.observe(condition, now, hold, keep, onset);
    }

    /** The strongest robust z-score seen while the metrics' anomaly alerts are active: how hard this scope is hit. */
    double severity() {
        double max = 0;
        for (int i = 0; i < METRICS.length; i++) {
            if (alerts[i] != null && alerts[i].active()) max = Math.max(max, deviation[i]);
        }
        return max;
    }

    boolean anyActive() {
        for (AlertState a : alerts) if (a != null && a.active()) return true;
        return false;
    }

    boolean anyFiring() {
        for (AlertState a : alerts) if (a != null && a.firing()) return true;
        return false;
    }

    /** Index of the firing alert that became active first, or -1. */
    int leadingFiring() {
        int best = -1;
        for (int i = 0; i < alerts.length; i++) {
            AlertState a = alerts[i];
            if (a != null && a.firing() && (best < 0 || a.activeAt() < alerts[best].activeAt())) best = i;
        }
        return best;
    }

    long earliestFiringOnset() {
        long onset = Long.MAX_VALUE;
        for (AlertState a : alerts) if (a != null && a.firing()) onset = Math.min(onset, a.onset());
        return onset;
    }
}
