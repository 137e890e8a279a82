package io.globaldesk.diagnosis.web;

import io.globaldesk.diagnosis.DiagnosisSummaries;
import io.globaldesk.diagnosis.SessionDiagnoses;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.TelemetryStore;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The session search and the session page; their charts load from {@link SessionApi}'s JSON. */
@Controller
class SessionPages {

    private final SessionDiagnoses diagnoses;
    private final DiagnosisSummaries summaries;
    private final TelemetryStore store;
    private final Clock clock;

    SessionPages(SessionDiagnoses diagnoses, DiagnosisSummaries summaries, TelemetryStore store, Clock clock) {
        this.diagnoses = diagnoses;
        this.summaries = summaries;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/quality/sessions")
    @PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
    String search(@RequestParam(required = false) String appId, @RequestParam(required = false) String userId,
                  @RequestParam(required = false) String channel, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, Model model) {
        model.addAttribute("fmt", new Formats(LocaleContextHolder.getLocale()));
        model.addAttribute("appId", appId);
        model.addAttribute("userId", userId);
        model.addAttribute("channel", channel);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("sessions", store.findSessions(SessionApi.query(diagnoses, Actor.current(), clock,
                    limited(appId), limited(userId), limited(channel), instant(from), instant(to), 100)));
        } catch (DateTimeParseException | io.globaldesk.platform.web.InvalidInputException e) {
            model.addAttribute("sessions", List.of());
            model.addAttribute("badInput", true);
        }
        return "telemetry/sessions";
    }

    @GetMapping("/quality/sessions/{sessionId}")
    @PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
    String session(@PathVariable String sessionId, Model model) {
        List<QualitySample> samples = diagnoses.samples(Actor.current(), sessionId);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("fmt", new Formats(locale));
        model.addAttribute("call", SessionApi.detail(sessionId, samples, diagnoses.diagnoseAll(sessionId).stream()
                .map(d -> SessionApi.DiagnosisView.of(d, summaries, locale)).toList()));
        return "telemetry/session";
    }

    private static String limited(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }

    private static Instant instant(String s) {
        return s == null || s.isBlank() ? null : Instant.parse(s.strip());
    }
}
