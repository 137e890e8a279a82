package io.globaldesk.diagnosis;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.TelemetryStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Diagnoses sessions from the telemetry store, for a caller who may see them: staff see every session, a customer only
 * the sessions of its organization's app ids (any other session answers 404, as if it did not exist).
 */
@Service
public class SessionDiagnoses {

    /** Most severe first: how the worst verdict of a session is chosen. */
    private static final Comparator<Diagnosis> WORST_FIRST = Comparator
            .comparing((Diagnosis d) -> d.segment() == Segment.NO_ISSUE)
            .thenComparing(Diagnosis::confidence, Comparator.reverseOrder())
            .thenComparing(Diagnosis::userId);

    private final TelemetryStore store;
    private final SessionDiagnostician diagnostician;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;

    SessionDiagnoses(TelemetryStore store, SessionDiagnostician diagnostician, Organizations organizations,
                     ApplicationEventPublisher events) {
        this.store = store;
        this.diagnostician = diagnostician;
        this.organizations = organizations;
        this.events = events;
    }

    /** The app ids the actor may see telemetry of; {@code null} means all (staff). */
    public Set<String> visibleAppIds(Actor actor) {
        if (actor.isStaff()) return null;
        if (actor.organizationId() == null) return Set.of();
        return organizations.find(actor.organizationId()).map(o -> Set.copyOf(o.appIds())).orElse(Set.of());
    }

    /** Every sample of a session the actor may see, ordered by time then user. */
    public List<QualitySample> samples(Actor actor, String sessionId) {
        List<QualitySample> samples = store.sessionSamples(sessionId);
        if (samples.isEmpty() || !visible(actor, samples)) throw new NotFoundException("session", sessionId);
        return samples;
    }

    /** The verdict for one user of a session the actor may see; announced as {@link SessionDiagnosed}. */
    public Diagnosis diagnose(Actor actor, String sessionId, String userId) {
        TelemetryStoreDiagnosisInput input = new TelemetryStoreDiagnosisInput(store);
        List<QualitySample> samples = input.session(sessionId);
        if (samples.isEmpty() || !visible(actor, samples)) throw new NotFoundException("session", sessionId);
        try {
            return announce(diagnostician.diagnose(sessionId, userId, input));
        } catch (SessionUserNotFoundException e) {
            throw new NotFoundException("session user", userId);
        }
    }

    /** Every participant's verdict, worst first; empty when the store holds no sample of the session (yet). */
    public List<Diagnosis> diagnoseAll(String sessionId) {
        TelemetryStoreDiagnosisInput input = new TelemetryStoreDiagnosisInput(store);
        Set<String> users = new LinkedHashSet<>();
        for (QualitySample s : input.session(sessionId)) users.add(s.userId());
        List<Diagnosis> out = new ArrayList<>();
        for (String user : users) out.add(announce(diagnostician.diagnose(sessionId, user, input)));
        out.sort(WORST_FIRST);
        return out;
    }

    /** Every participant's verdict for a session the actor may see, worst first. */
    public List<Diagnosis> diagnoseAll(Actor actor, String sessionId) {
        samples(actor, sessionId);
        return diagnoseAll(sessionId);
    }

    private Diagnosis announce(Diagnosis d) {
        events.publishEvent(new SessionDiagnosed(d.sessionId(), d.userId(), d.segment()));
        return d;
    }

    private boolean visible(Actor actor, List<QualitySample> samples) {
        if (actor.isStaff()) return true;
        String appId = samples.getFirst().appId();
        return organizations.ownerOfApp(appId).map(Organization::id).map(actor::canSee).orElse(false);
    }
}
