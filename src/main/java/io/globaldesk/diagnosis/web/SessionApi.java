package io.globaldesk.diagnosis.web;

import io.globaldesk.diagnosis.Diagnosis;
import io.globaldesk.diagnosis.DiagnosisSummaries;
import io.globaldesk.diagnosis.Evidence;
import io.globaldesk.diagnosis.SessionDiagnoses;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.SessionQuery;
import io.globaldesk.telemetry.SessionSummary;
import io.globaldesk.telemetry.TelemetryStore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions over JSON: the diagnosis of one user, a session's participants, timelines and verdicts, and the session
 * search. Each is served at {@code /api/v1/...} (bearer tokens) and, for the pages' scripts, under
 * {@code /quality/data/...} (the signed-in browser session).
 */
@RestController
class SessionApi {

    static final Duration MAX_SEARCH_WINDOW = Duration.ofDays(7);

    record EvidenceView(String metric, Double value, Double baseline, String scope) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.metric(), finite(e.value()), finite(e.baseline()), e.scope().name());
        }
    }

    record DiagnosisView(String sessionId, String userId, String segment, double confidence, String summary,
                         List<EvidenceView> evidence) {
        static DiagnosisView of(Diagnosis d, DiagnosisSummaries summaries, Locale locale) {
            return new DiagnosisView(d.sessionId(), d.userId(), d.segment().name(), d.confidence(),
                    summaries.summary(d, locale), d.evidence().stream().map(EvidenceView::of).toList());
        }
    }

    record Participant(String userId, String country, String region, String isp, String networkType, String edgeNode,
                       String os, String sdkVersion, String device) {
    }

    /** One user's series, index-aligned with {@code ts} (epoch milliseconds); null where the SDK sent nothing. */
    record Timeline(String userId, List<Long> ts, List<Double> rttMs, List<Double> lossPct, List<Double> sendKbps,
                    List<Double> recvKbps, List<Double> fps, List<Double> audioFreezePct, List<Double> videoFreezePct,
                    List<Double> cpuAppPct, List<Double> cpuSystemPct) {
    }

    record SessionDetail(String sessionId, String appId, Instant firstSample, Instant lastSample,
                         List<Participant> participants, List<Timeline> timelines, List<DiagnosisView> verdicts) {
    }

    private final SessionDiagnoses diagnoses;
    private final DiagnosisSummaries summaries;
    private final TelemetryStore store;
    private final Clock clock;

    SessionApi(SessionDiagnoses diagnoses, DiagnosisSummaries summaries, TelemetryStore store, Clock clock) {
        this.diagnoses = diagnoses;
        this.summaries = summaries;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping({"/api/v1/sessions/{sessionId}/diagnosis", "/quality/data/sessions/{sessionId}/diagnosis"})
    @PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
    DiagnosisView diagnosis(@PathVariable @Size(max = 200) String sessionId,
                            @RequestParam @NotBlank @Size(max = 200) String userId) {
        Diagnosis d = diagnoses.diagnose(Actor.current(), sessionId, userId);
        return DiagnosisView.of(d, summaries, LocaleContextHolder.getLocale());
    }

    @GetMapping({"/api/v1/sessions/{sessionId}", "/quality/data/sessions/{sessionId}"})
    @PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
    SessionDetail session(@PathVariable @Size(max = 200) String sessionId) {
        Actor actor = Actor.current();
        List<QualitySample> samples = diagnoses.samples(actor, sessionId);
        Locale locale = LocaleContextHolder.getLocale();
        List<DiagnosisView> verdicts = diagnoses.diagnoseAll(sessionId).stream()
                .map(d -> DiagnosisView.of(d, summaries, locale)).toList();
        return detail(sessionId, samples, verdicts);
    }

    static SessionDetail detail(String sessionId, List<QualitySample> samples, List<DiagnosisView> verdicts) {
        Map<String, Participant> participants = new LinkedHashMap<>();
        Map<String, List<QualitySample>> byUser = new LinkedHashMap<>();
        for (QualitySample s : samples) {
            participants.putIfAbsent(s.userId(), new Participant(s.userId(), s.country(), s.region(), s.isp(),
                    s.networkType() == null ? null : s.networkType().name(), s.edgeNode(), s.os(), s.sdkVersion(),
                    s.device()));
            byUser.computeIfAbsent(s.userId(), k -> new ArrayList<>()).add(s);
        }
        List<Timeline> timelines = new ArrayList<>();
        byUser.forEach((user, list) -> timelines.add(new Timeline(user,
                list.stream().map(s -> s.ts().toEpochMilli()).toList(),
                list.stream().map(QualitySample::rttMs).toList(),
                list.stream().map(s -> worse(s.uplinkLossPct(), s.downlinkLossPct())).toList(),
                list.stream().map(QualitySample::sendBitrateKbps).toList(),
                list.stream().map(QualitySample::recvBitrateKbps).toList(),
                list.stream().map(QualitySample::fps).toList(),
                list.stream().map(QualitySample::audioFreezeRatePct).toList(),
                list.stream().map(QualitySample::videoFreezeRatePct).toList(),
                list.stream().map(QualitySample::cpuAppPct).toList(),
                list.stream().map(QualitySample::cpuSystemPct).toList())));
        return new SessionDetail(sessionId, samples.getFirst().appId(), samples.getFirst().ts(), samples.getLast().ts(),
                List.copyOf(participants.values()), timelines, verdicts);
    }

    @GetMapping({"/api/v1/sessions", "/quality/data/sessions"})
    @PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
    List<SessionSummary> search(@RequestParam(required = false) @Size(max = 200) String appId,
                                @RequestParam(required = false) @Size(max = 200) String userId,
                                @RequestParam(required = false) @Size(max = 200) String channel,
                                @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return store.findSessions(query(diagnoses, Actor.current(), clock, appId, userId, channel, from, to, limit));
    }

    static SessionQuery query(SessionDiagnoses diagnoses, Actor actor, Clock clock, String appId, String userId,
                              String channel, Instant from, Instant to, int limit) {
        Instant end = to != null ? to : clock.instant().plusSeconds(60);
        Instant start = from != null ? from : end.minus(Duration.ofHours(1));
        if (!start.isBefore(end)) throw new InvalidInputException("from", "from must be before to");
        if (Duration.between(start, end).compareTo(MAX_SEARCH_WINDOW) > 0) {
            throw new InvalidInputException("from", "the search window is at most 7 days");
        }
        return new SessionQuery(diagnoses.visibleAppIds(actor), blankToNull(appId), blankToNull(userId),
                blankToNull(channel), start, end, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Double worse(Double a, Double b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
