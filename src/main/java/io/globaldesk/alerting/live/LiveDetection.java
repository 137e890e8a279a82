package io.globaldesk.alerting.live;

import io.globaldesk.alerting.AlertSettings;
import io.globaldesk.alerting.DetectionEngine;
import io.globaldesk.alerting.DetectorSettings;
import io.globaldesk.alerting.Direction;
import io.globaldesk.alerting.Incident;
import io.globaldesk.alerting.IncidentEvent;
import io.globaldesk.alerting.IncidentOpened;
import io.globaldesk.alerting.IncidentResolved;
import io.globaldesk.alerting.InhibitionRule;
import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.Scope;
import io.globaldesk.alerting.ScopeKind;
import io.globaldesk.alerting.ScopeMinute;
import io.globaldesk.alerting.Silence;
import io.globaldesk.alerting.rules.ApiErrorRateRule;
import io.globaldesk.alerting.rules.PacketLossRule;
import io.globaldesk.alerting.rules.VideoFreezeRule;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.telemetry.AggregateWindowClosed;
import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.TelemetryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the detection engine on the telemetry module's closed minutes, on event time, one minute at a time in order
 * (calls are serialised; a minute at or before the last evaluated one is skipped). Each minute's fine aggregates are rolled
 * up into scopes and evaluated; opened incidents are stored with a timeline of their scope's figures and the organizations
 * whose apps have users (or failed API calls) in the scope, who are then told by {@link ProactiveOutreach}.
 * <p>
 * The engine's baselines live in memory. At start the last {@code globaldesk.alerting.replay} of stored aggregates is
 * replayed through it, which rebuilds them; incidents found again keep their id and are neither stored nor announced twice.
 */
@Component
public class LiveDetection {

    private static final Logger log = LoggerFactory.getLogger(LiveDetection.class);
    /** How much of a scope's history before an incident its timeline shows. */
    static final Duration TIMELINE_BEFORE = Duration.ofMinutes(30);

    private final ObjectProvider<TelemetryStore> stores;
    private final IncidentRepository incidents;
    private final Organizations organizations;
    private final ProactiveOutreach outreach;
    private final SilenceRepository silences;
    private final AlertingProperties properties;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final DetectionEngine engine;
    private Instant lastMinute;

    LiveDetection(ObjectProvider<TelemetryStore> stores, IncidentRepository incidents, Organizations organizations,
                  ProactiveOutreach outreach, SilenceRepository silences, AlertingProperties properties,
                  PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.stores = stores;
        this.incidents = incidents;
        this.organizations = organizations;
        this.outreach = outreach;
        this.silences = silences;
        this.properties = properties;
        this.tx = ownTransactions(transactions);
        this.events = events;
        this.engine = new DetectionEngine(
                new AlertSettings(properties.anomalyFor(), properties.keepFiringFor(), properties.minVolume()),
                DetectorSettings.liveMinutes(Direction.UP),
                List.of(new VideoFreezeRule(), new PacketLossRule(), new ApiErrorRateRule()), InhibitionRule.defaults());
    }

    /** Loads the silences and replays recent stored minutes, so baselines and firing incidents survive a restart. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        for (Silence s : silences.all()) engine.addSilence(s);
        TelemetryStore store = stores.getIfAvailable();
        if (store == null) return;
        Optional<Instant> last = store.lastAggregatedMinute();
        if (last.isEmpty()) return;
        Instant from = last.get().minus(properties.replay()).truncatedTo(ChronoUnit.MINUTES);
        List<Instant> minutes = store.minutesWithData(from, last.get().plusSeconds(60));
        for (Instant m : minutes) evaluate(m);
        log.info("Alerting replayed {} stored minutes up to {}", minutes.size(), last.get());
    }

    @EventListener
    public void onWindowClosed(AggregateWindowClosed closed) {
        try {
            evaluate(closed.minute());
        } catch (RuntimeException e) {
            log.error("Alerting could not evaluate minute {}", closed.minute(), e);
        }
    }

    public synchronized void addSilence(Silence silence) {
        engine.addSilence(silence);
    }

    public synchronized void removeSilence(String id) {
        engine.removeSilence(id);
    }

    public synchronized Optional<Instant> lastEvaluatedMinute() {
        return Optional.ofNullable(lastMinute);
    }

    /** Evaluates one closed minute; answers the incidents opened and resolved by it. */
    public synchronized List<IncidentEvent> evaluate(Instant minute) {
        if (lastMinute != null && !minute.isAfter(lastMinute)) return List.of();
        TelemetryStore store = stores.getIfAvailable();
        if (store == null) return List.of();
        Instant next = minute.plusSeconds(60);
        List<QualityAggregate> quality = store.qualityAggregates(QualityScope.any(), minute, next);
        List<ApiCallAggregate> apiCalls = store.apiCallAggregates(null, minute, next);
        List<ScopeMinute> rows = ScopeRollup.rollUp(minute, quality, apiCalls);
        List<IncidentEvent> happened = engine.evaluate(minute, rows);
        lastMinute = minute;
        List<Incident> firing = engine.openIncidents();
        if (happened.isEmpty() && firing.isEmpty()) return happened;
        Map<Scope, ScopeMinute> byScope = new HashMap<>();
        for (ScopeMinute r : rows) byScope.put(r.scope(), r);
        List<Runnable> afterwards = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (IncidentEvent e : happened) {
                if (e instanceof IncidentOpened o) {
                    Incident incident = firing.stream().filter(i -> i.id().equals(o.incidentId())).findFirst().orElseThrow();
                    if (incidents.insert(incident)) backfill(store, incident, minute);
                }
            }
            for (Incident incident : firing) {
                ScopeMinute row = byScope.get(incident.scope());
                if (row != null) addPoints(incident.id(), row);
                for (UUID org : expose(incident, minute, ScopeRollup.exposureByApp(incident.scope(), quality, apiCalls))) {
                    afterwards.add(() -> outreach.notifyOpened(incident, org));
                }
            }
            for (IncidentEvent e : happened) {
                if (e instanceof IncidentResolved r) {
                    incidents.resolve(r.incidentId(), r.resolvedAt());
                    Incident done = incidents.find(r.incidentId()).orElse(null);
                    ScopeMinute row = byScope.get(r.scope());
                    if (row != null) addPoints(r.incidentId(), row);
                    if (done != null) {
                        for (UUID org : incidents.affectedIds(done.id())) afterwards.add(() -> outreach.notifyResolved(done, org));
                    }
                }
            }
        });
        if (properties.outreach()) afterwards.forEach(Runnable::run);
        happened.forEach(events::publishEvent);
        return happened;
    }

    /** The scope's figures before detection (for the chart) and who was exposed between onset and detection. */
    private void backfill(TelemetryStore store, Incident incident, Instant minute) {
        Instant from = incident.startedAt().minus(TIMELINE_BEFORE);
        Instant to = minute;
        List<QualityAggregate> quality = incident.kind() == ScopeKind.NETWORK_QUALITY
                ? store.qualityAggregates(ScopeRollup.filterOf(incident.scope()), from, to) : List.of();
        List<ApiCallAggregate> apiCalls = incident.kind() == ScopeKind.API_ERRORS
                ? store.apiCallAggregates(incident.scope().appId(), from, to) : List.of();
        Map<Instant, List<QualityAggregate>> qualityByMinute = new java.util.TreeMap<>();
        for (QualityAggregate a : quality) qualityByMinute.computeIfAbsent(a.minute(), k -> new ArrayList<>()).add(a);
        Map<Instant, List<ApiCallAggregate>> apiByMinute = new java.util.TreeMap<>();
        for (ApiCallAggregate a : apiCalls) apiByMinute.computeIfAbsent(a.minute(), k -> new ArrayList<>()).add(a);
        java.util.Set<Instant> minutes = new java.util.TreeSet<>(qualityByMinute.keySet());
        minutes.addAll(apiByMinute.keySet());
        for (Instant m : minutes) {
            List<QualityAggregate> q = qualityByMinute.getOrDefault(m, List.of());
            List<ApiCallAggregate> a = apiByMinute.getOrDefault(m, List.of());
            ScopeRollup.rollUp(m, q, a).stream().filter(r -> r.scope().equals(incident.scope())).findFirst()
                    .ifPresent(r -> addPoints(incident.id(), r));
            if (!m.isBefore(incident.startedAt())) expose(incident, m, ScopeRollup.exposureByApp(incident.scope(), q, a));
        }
    }

    private void addPoints(String incidentId, ScopeMinute row) {
        for (Metric m : Metric.values()) {
            if (row.has(m)) incidents.addPoint(incidentId, new IncidentRepository.Point(row.minute(), m, row.value(m), row.volume()));
        }
    }

    /** Records the organizations behind the exposed apps; answers those not yet told about the incident. */
    private List<UUID> expose(Incident incident, Instant minute, Map<String, Long> byApp) {
        Map<UUID, Long> byOrganization = new HashMap<>();
        for (var e : byApp.entrySet()) {
            if (e.getValue() <= 0) continue;
            organizations.ownerOfApp(e.getKey()).map(Organization::id)
                    .ifPresent(org -> byOrganization.merge(org, e.getValue(), Long::sum));
        }
        List<UUID> toTell = new ArrayList<>();
        for (var e : byOrganization.entrySet()) {
            incidents.affect(incident.id(), e.getKey(), e.getValue(), minute);
            incidents.affected(incident.id(), e.getKey()).filter(a -> a.notifiedAt() == null).ifPresent(a -> toTell.add(e.getKey()));
        }
        return toTell;
    }

    /**
     * Windows are announced inside the telemetry module's transaction; alerting commits its own work separately, so one
     * organization's failed outreach cannot roll back the incident or the aggregation.
     */
    static TransactionTemplate ownTransactions(PlatformTransactionManager transactions) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return tx;
    }
}
