package io.globaldesk.diagnosis;

import io.globaldesk.telemetry.QualitySample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides where one user's call problem is. The rules are tried from the widest scope inwards (edge node, ISP, the
 * user's own network, the device, a remote peer); the first that applies gives the verdict, otherwise there is no issue.
 * Widest first, because a broken edge or carrier also makes every affected user's own link look poor.
 */
public final class SessionDiagnostician {

    private static final List<DiagnosisRule> RULES = List.of(
            new EdgeNodeRule(), new IspRule(), new LocalNetworkRule(), new DeviceRule(), new RemotePeerRule(),
            new NoIssueRule());

    private final LinkJudge judge;

    public SessionDiagnostician(DiagnosisThresholds thresholds) {
        this.judge = new LinkJudge(Objects.requireNonNull(thresholds, "thresholds"));
    }

    public SessionDiagnostician() {
        this(DiagnosisThresholds.DEFAULTS);
    }

    /**
     * @throws SessionUserNotFoundException when the input holds no sample of this user in this session
     */
    public Diagnosis diagnose(String sessionId, String userId, DiagnosisInput input) {
        DiagnosisContext context = context(sessionId, userId, input);
        for (DiagnosisRule rule : RULES) {
            var finding = rule.evaluate(context);
            if (finding.isPresent()) {
                Finding f = finding.get();
                return new Diagnosis(sessionId, userId, f.segment(), f.confidence(), f.summaryKey(), f.summaryArgs(),
                        f.evidence());
            }
        }
        throw new IllegalStateException("the last rule always applies; the rule list lost its fallback");
    }

    private static Instant ceilToMinute(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.MINUTES);
        return floor.equals(t) ? t : floor.plusSeconds(60);
    }

    private DiagnosisContext context(String sessionId, String userId, DiagnosisInput input) {
        List<QualitySample> own = input.userSamples(sessionId, userId);
        if (own.isEmpty()) throw new SessionUserNotFoundException(sessionId, userId);
        Instant first = own.getFirst().ts(), last = first;
        for (QualitySample s : own) {
            if (s.ts().isBefore(first)) first = s.ts();
            if (s.ts().isAfter(last)) last = s.ts();
        }
        // the span widened by the padding and then out to whole minutes, so that a store answers from per-minute
        // rollups without reading raw samples for the window's ragged ends; the end is inclusive, so it is the last
        // millisecond before the minute that follows
        Instant from = first.minus(judge.limits().cohortPadding()).truncatedTo(ChronoUnit.MINUTES);
        Instant to = ceilToMinute(last.plus(judge.limits().cohortPadding())).minusMillis(1);
        // A user keeps region, ISP and edge for a call; the first sample names them.
        QualitySample identity = own.getFirst();
        Map<String, List<QualitySample>> byPeer = new HashMap<>();
        for (QualitySample s : input.peerSamples(sessionId, userId)) {
            byPeer.computeIfAbsent(s.userId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, LinkStats> peers = new HashMap<>();
        byPeer.forEach((peer, samples) -> peers.put(peer, LinkStats.of(samples)));
        return new DiagnosisContext(sessionId, userId, identity.region(), identity.isp(), identity.edgeNode(),
                LinkStats.of(own), peers,
                input.ispCohort(identity.region(), identity.isp(), from, to, sessionId),
                input.edgeCohort(identity.edgeNode(), identity.isp(), from, to, sessionId),
                judge);
    }
}
