package io.globaldesk.alerting.web;

import io.globaldesk.alerting.Incident;
import io.globaldesk.alerting.IncidentStatus;
import io.globaldesk.alerting.live.IncidentRepository;
import io.globaldesk.alerting.live.IncidentViews;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Incidents as the API contract (Alerting) lists them; customers see only those affecting them, and only their own id. */
@RestController
@RequestMapping("/api/v1/incidents")
@PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
class IncidentApi {

    record IncidentView(String id, String kind, Map<String, String> scope, String metric, Instant startedAt,
                        Instant detectedAt, Instant resolvedAt, String status, List<UUID> affectedOrganizations) {
    }

    record AffectedView(UUID organizationId, long affectedUsers, Instant notifiedAt, UUID ticketId, Instant resolvedNotifiedAt) {
    }

    record PointView(Instant minute, String metric, double value, long volume) {
    }

    record DetailView(IncidentView incident, List<AffectedView> affected, List<PointView> timeline) {
    }

    private final IncidentRepository incidents;

    IncidentApi(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    List<IncidentView> list(@RequestParam(required = false) IncidentStatus status) {
        Actor actor = Actor.current();
        UUID only = actor.isStaff() ? null : actor.organizationId();
        return incidents.list(status, only, 500).stream().map(i -> view(i, actor)).toList();
    }

    @GetMapping("/{id}")
    DetailView get(@PathVariable String id) {
        Actor actor = Actor.current();
        Incident incident = visible(id, actor);
        List<AffectedView> affected = incidents.affected(id).stream()
                .filter(a -> actor.canSee(a.organizationId()))
                .map(a -> actor.isStaff() ? new AffectedView(a.organizationId(), a.affectedUsers(), a.notifiedAt(), a.ticketId(), a.resolvedNotifiedAt())
                        : new AffectedView(a.organizationId(), a.affectedUsers(), a.notifiedAt(), null, a.resolvedNotifiedAt()))
                .toList();
        List<PointView> timeline = incidents.points(id).stream()
                .map(p -> new PointView(p.minute(), p.metric().name(), p.value(), p.volume())).toList();
        return new DetailView(view(incident, actor), affected, timeline);
    }

    private Incident visible(String id, Actor actor) {
        Incident incident = id.length() > 64 ? null : incidents.find(id).orElse(null);
        if (incident == null || (!actor.isStaff() && incidents.affected(id, actor.organizationId()).isEmpty())) {
            throw new NotFoundException("incident", id);
        }
        return incident;
    }

    private IncidentView view(Incident i, Actor actor) {
        List<UUID> affected = actor.isStaff() ? incidents.affectedIds(i.id()) : List.of(actor.organizationId());
        return new IncidentView(i.id(), i.kind().name(), IncidentViews.scopeMap(i.scope()), i.metric().name(), i.startedAt(),
                i.detectedAt(), i.resolvedAt(), i.status().name(), affected);
    }
}
