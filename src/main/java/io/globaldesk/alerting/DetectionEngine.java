package io.globaldesk.alerting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Live detection over per-minute scope aggregates, driven by event time only: each call to {@link #evaluate} is one
 * evaluation at the minute's timestamp. Per scope and metric a detector and the static rules feed Prometheus-style alert
 * states; firing alerts are grouped by scope into one incident, deduplicated, inhibited when a broader cause explains them,
 * and muted by silences and maintenance windows. Not thread-safe: one engine is driven by one aggregation stream.
 */
public final class DetectionEngine {
    private static final Metric[] METRICS = Metric.values();

    private final AlertSettings settings;
    private final List<StaticRule> rules;
    private final List<InhibitionRule> inhibitions;
    private final AnomalyDetector[] detectors = new AnomalyDetector[METRICS.length];
    private final Map<Scope, ScopeTracker> trackers = new HashMap<>();
    private final Map<Scope, ScopeTracker> active = new LinkedHashMap<>();
    private final Map<Scope, Incident> open = new LinkedHashMap<>();
    private final List<Incident> resolved = new ArrayList<>();
    private final Map<String, Silence> silences = new LinkedHashMap<>();
    private long lastMinute = Long.MIN_VALUE;

    public DetectionEngine(AlertSettings settings, DetectorSettings detectorSettings, List<StaticRule> rules,
                           List<InhibitionRule> inhibitions) {
        this.settings = Objects.requireNonNull(settings, "alert settings are required");
        this.rules = List.copyOf(rules);
        this.inhibitions = List.copyOf(inhibitions);
        for (Metric m : METRICS) detectors[m.ordinal()] = new AnomalyDetector(detectorSettings.withDirection(m.worse()));
    }

    public void addSilence(Silence s) {
        silences.put(s.id(), s);
    }

    public void removeSilence(String id) {
        silences.remove(id);
    }

    public List<Silence> silences() {
        return List.copyOf(silences.values());
    }

    /** Incidents currently firing. */
    public List<Incident> openIncidents() {
        return List.copyOf(open.values());
    }

    /** Every incident, resolved ones first in resolution order, then the firing ones. */
    public List<Incident> incidents() {
        List<Incident> all = new ArrayList<>(resolved);
        all.addAll(open.values());
        return all;
    }

    /**
     * Evaluates one minute: all rows must carry that minute, and minutes must increase from call to call.
     *
     * @return incidents opened and resolved at this evaluation
     */
    public List<IncidentEvent> evaluate(Instant minute, Collection<ScopeMinute> rows) {
        long now = minute.toEpochMilli();
        if (now <= lastMinute) {
            throw new IllegalArgumentException("minutes must be evaluated in increasing order: " + minute
                    + " is not after " + Instant.ofEpochMilli(lastMinute));
        }
        lastMinute = now;
        for (ScopeMinute row : rows) {
            if (!row.minute().equals(minute)) {
                throw new IllegalArgumentException("a row for " + row.minute() + " was passed to the evaluation of " + minute);
            }
            ScopeTracker t = trackers.computeIfAbsent(row.scope(), s -> new ScopeTracker(s, rules.size()));
            if (t.evaluatedAt == now) throw new IllegalArgumentException("two rows for " + row.scope() + " at " + minute);
            t.observe(row, now, detectors, rules, settings);
            if (t.anyActive()) active.put(t.scope, t);
        }
        List<ScopeTracker> stillActive = new ArrayList<>(active.size());
        for (ScopeTracker t : active.values()) {
            if (t.evaluatedAt != now) t.noData(now, rules, settings);
            if (t.anyActive()) stillActive.add(t);
            else t.explained = false;
        }
        active.clear();
        for (ScopeTracker t : stillActive) active.put(t.scope, t);
        return updateIncidents(minute, now, stillActive);
    }

    private List<IncidentEvent> updateIncidents(Instant minute, long now, List<ScopeTracker> live) {
        List<IncidentEvent> events = new ArrayList<>();
        // As in Alertmanager, a silenced alert still inhibits: muting a cause must not unmute what it explains.
        for (ScopeTracker t : live) {
            if (!t.explained && inhibited(t, live)) t.explained = true;
            if (!t.anyFiring() || t.explained || open.containsKey(t.scope) || silenced(t.scope, minute)) continue;
            int lead = t.leadingFiring();
            Metric metric = lead < METRICS.length ? METRICS[lead] : rules.get(lead - METRICS.length).metric();
            Instant startedAt = Instant.ofEpochMilli(t.earliestFiringOnset());
            String id = UUID.nameUUIDFromBytes((t.scope + "|" + minute).getBytes(StandardCharsets.UTF_8)).toString();
            Incident incident = new Incident(id, t.scope.kind(), t.scope, metric, startedAt, minute, null, IncidentStatus.FIRING);
            open.put(t.scope, incident);
            events.add(new IncidentOpened(id, incident.kind(), incident.scope(), metric, startedAt, minute));
        }
        for (var it = open.values().iterator(); it.hasNext(); ) {
            Incident incident = it.next();
            ScopeTracker t = trackers.get(incident.scope());
            if (t.anyFiring()) continue;
            it.remove();
            Incident done = incident.resolve(minute);
            resolved.add(done);
            events.add(new IncidentResolved(done.id(), done.scope(), done.metric(), done.startedAt(), minute));
        }
        return events;
    }

    private boolean silenced(Scope scope, Instant at) {
        for (Silence s : silences.values()) if (s.mutes(scope, at)) return true;
        return false;
    }

    private boolean inhibited(ScopeTracker target, List<ScopeTracker> sources) {
        for (ScopeTracker src : sources) {
            for (InhibitionRule rule : inhibitions) {
                if (rule.inhibits(src.scope, src.severity(), target.scope, target.severity())) return true;
            }
        }
        return false;
    }
}
