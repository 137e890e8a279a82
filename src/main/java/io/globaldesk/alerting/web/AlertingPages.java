package io.globaldesk.alerting.web;

import io.globaldesk.alerting.Incident;
import io.globaldesk.alerting.IncidentStatus;
import io.globaldesk.alerting.Silence;
import io.globaldesk.alerting.live.HealthScores;
import io.globaldesk.alerting.live.IncidentRepository;
import io.globaldesk.alerting.live.IncidentViews;
import io.globaldesk.alerting.live.LiveDetection;
import io.globaldesk.alerting.live.SilenceRepository;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The incident list and detail, silences, and the health dashboard with the at-risk list. Charts are drawn by alerting.js. */
@Controller
@PreAuthorize("hasRole('AGENT')")
class AlertingPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MATCHER_FIELDS = List.of("region", "isp", "edgeNode", "appId", "api");

    /** An incident row with its times formatted for the reader and where it is in words. */
    record Row(Incident incident, String scope, String startedAt, String detectedAt, String resolvedAt, int organizations) {
    }

    record AffectedRow(UUID organizationId, String name, long users, String notifiedAt, UUID ticketId) {
    }

    record SilenceRow(String id, String matchers, String startsAt, String endsAt, boolean maintenance, String comment) {
    }

    record HealthRow(String subject, String name, double score, Double change) {
    }

    private final IncidentRepository incidents;
    private final Organizations organizations;
    private final SilenceRepository silences;
    private final LiveDetection detection;
    private final HealthScores health;
    private final Clock clock;

    AlertingPages(IncidentRepository incidents, Organizations organizations, SilenceRepository silences,
                  LiveDetection detection, HealthScores health, Clock clock) {
        this.incidents = incidents;
        this.organizations = organizations;
        this.silences = silences;
        this.detection = detection;
        this.health = health;
        this.clock = clock;
    }

    @GetMapping("/alerting/incidents")
    String list(@RequestParam(required = false) IncidentStatus status, Model model, Locale locale) {
        DateTimeFormatter f = format(locale);
        model.addAttribute("status", status);
        model.addAttribute("incidents", incidents.list(status, null, 200).stream()
                .map(i -> new Row(i, scope(i), time(i.startedAt(), f), time(i.detectedAt(), f), time(i.resolvedAt(), f),
                        incidents.affectedIds(i.id()).size())).toList());
        return "alerting/incidents";
    }

    @GetMapping("/alerting/incidents/{id}")
    String detail(@PathVariable String id, Model model, Locale locale) {
        Incident i = (id.length() > 64 ? null : incidents.find(id).orElse(null));
        if (i == null) throw new NotFoundException("incident", id);
        DateTimeFormatter f = format(locale);
        model.addAttribute("row", new Row(i, scope(i), time(i.startedAt(), f), time(i.detectedAt(), f), time(i.resolvedAt(), f), 0));
        model.addAttribute("affected", incidents.affected(id).stream().map(a -> new AffectedRow(a.organizationId(),
                organizations.find(a.organizationId()).map(Organization::name).orElse(a.organizationId().toString()),
                a.affectedUsers(), time(a.notifiedAt(), f), a.ticketId())).toList());
        ObjectNode chart = JSON.createObjectNode();
        chart.put("startedAt", i.startedAt().toString());
        chart.put("detectedAt", i.detectedAt().toString());
        if (i.resolvedAt() != null) chart.put("resolvedAt", i.resolvedAt().toString());
        ObjectNode series = chart.putObject("series");
        for (IncidentRepository.Point p : incidents.points(id)) {
            ArrayNode s = series.has(p.metric().name()) ? (ArrayNode) series.get(p.metric().name()) : series.putArray(p.metric().name());
            s.addArray().add(p.minute().toString()).add(Math.round(p.value() * 1000) / 1000.0);
        }
        model.addAttribute("chart", JSON.writeValueAsString(chart));
        return "alerting/incident";
    }

    @GetMapping("/alerting/silences")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    String silences(Model model, Locale locale) {
        DateTimeFormatter f = format(locale);
        model.addAttribute("silences", silences.list().stream().map(s -> {
            Silence x = s.silence();
            String matchers = x.matchers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
            return new SilenceRow(x.id(), matchers, time(x.start(), f), time(x.end(), f), x.maintenance(), x.comment());
        }).toList());
        model.addAttribute("fields", MATCHER_FIELDS);
        return "alerting/silences";
    }

    /** The form's times are UTC date-times (datetime-local); fields left empty are not matched. */
    @PostMapping("/alerting/silences")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    String createSilence(@RequestParam Map<String, String> form) {
        Map<String, String> matchers = new LinkedHashMap<>();
        for (String field : MATCHER_FIELDS) {
            String v = form.getOrDefault(field, "").strip();
            if (!v.isEmpty() && v.length() <= 200) matchers.put(field, v);
        }
        try {
            Instant start = LocalDateTime.parse(form.getOrDefault("startsAt", "")).toInstant(ZoneOffset.UTC);
            Instant end = LocalDateTime.parse(form.getOrDefault("endsAt", "")).toInstant(ZoneOffset.UTC);
            String comment = form.getOrDefault("comment", "").strip();
            Silence s = new Silence(UUID.randomUUID().toString(), matchers, start, end, form.containsKey("maintenance"),
                    comment.isEmpty() ? null : comment.substring(0, Math.min(comment.length(), 1000)));
            silences.save(s, Actor.current().name());
            detection.addSilence(s);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return "redirect:/alerting/silences?invalid";
        }
        return "redirect:/alerting/silences";
    }

    @PostMapping("/alerting/silences/{id}/delete")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    String deleteSilence(@PathVariable String id) {
        if (silences.delete(id)) detection.removeSilence(id);
        return "redirect:/alerting/silences";
    }

    @GetMapping("/alerting/health")
    String health(Model model) {
        Instant now = clock.instant();
        Map<String, String> names = new HashMap<>();
        for (Organization o : organizations.visibleTo(Actor.current())) names.put(o.id().toString(), o.name());
        List<HealthRow> orgs = health.latest("ORG").stream().filter(s -> names.containsKey(s.subject()))
                .map(s -> row(s, names.get(s.subject()))).sorted(java.util.Comparator.comparingDouble(HealthRow::score)).toList();
        List<HealthRow> regions = health.latest("REGION").stream().map(s -> row(s, s.subject()))
                .sorted(java.util.Comparator.comparingDouble(HealthRow::score)).toList();
        model.addAttribute("organizations", orgs);
        model.addAttribute("regions", regions);
        model.addAttribute("atRisk", health.atRisk());
        ObjectNode chart = JSON.createObjectNode();
        for (HealthRow r : regions) trendInto(chart, "REGION", r.subject(), r.name(), now);
        for (HealthRow r : orgs.subList(0, Math.min(orgs.size(), 8))) trendInto(chart, "ORG", r.subject(), r.name(), now);
        model.addAttribute("chart", JSON.writeValueAsString(chart));
        return "alerting/health";
    }

    private void trendInto(ObjectNode chart, String type, String subject, String name, Instant now) {
        ArrayNode s = chart.putArray(name);
        for (HealthScores.Score p : health.trend(type, subject, now.minus(Duration.ofDays(7)), now.plusSeconds(1))) {
            s.addArray().add(p.hour().toString()).add(p.score());
        }
    }

    private HealthRow row(HealthScores.Score s, String name) {
        Double change = health.at(s.subjectType(), s.subject(), s.hour().minus(Duration.ofHours(24)))
                .map(p -> Math.round((s.score() - p.score()) * 10) / 10.0).orElse(null);
        return new HealthRow(s.subject(), name, s.score(), change);
    }

    private static String scope(Incident i) {
        return IncidentViews.scopeMap(i.scope()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static DateTimeFormatter format(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(ZoneOffset.UTC);
    }

    private static String time(Instant at, DateTimeFormatter f) {
        return at == null ? "" : f.format(at);
    }
}
