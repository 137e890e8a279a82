package io.globaldesk.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules compare for one user of one session: the user's own link, each peer's, and the two cohorts.
 *
 * @param peers         each other participant's summary, by user id
 * @param ispCohort     same ISP, same region, same time, other sessions
 * @param edgeCohort    same edge node, same time, other ISPs, other sessions
 */
record DiagnosisContext(String sessionId, String userId, String region, String isp, String edgeNode,
                        LinkStats user, Map<String, LinkStats> peers,
                        CohortStats ispCohort, CohortStats edgeCohort, LinkJudge judge) {

    DiagnosisThresholds limits() {
        return judge.limits();
    }

    /** The arguments every summary may use: who, where, and the user's own figures, percentages in percent. */
    Map<String, Object> summaryArgs() {
        Map<String, Object> args = new HashMap<>();
        args.put("user", userId);
        args.put("isp", String.valueOf(isp));
        args.put("region", String.valueOf(region));
        args.put("edge", String.valueOf(edgeNode));
        args.put("loss", percent(user.lossPct()));
        args.put("rtt", orZero(user.rttMs()));
        args.put("jitter", orZero(user.jitterMs()));
        args.put("videoFreeze", percent(user.videoFreezePct()));
        args.put("audioFreeze", percent(user.audioFreezePct()));
        args.put("cpu", percent(Math.max(orZero(user.cpuSystemPct()), orZero(user.cpuAppPct()))));
        args.put("fps", orZero(user.fps()));
        args.put("ispUsers", ispCohort.userCount());
        args.put("edgeUsers", edgeCohort.userCount());
        return args;
    }

    /** The user's loss, RTT and jitter, each beside what the ISP cohort measured (or the limit, without a cohort). */
    List<Evidence> userLinkEvidence() {
        boolean cohort = judge.known(ispCohort);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("lossPct", user.lossPct(),
                cohort ? ispCohort.lossMedianPct() : limits().lossPoorPct(), EvidenceScope.USER));
        evidence.add(new Evidence("rttMs", user.rttMs(),
                cohort ? ispCohort.rttMedianMs() : limits().rttPoorMs(), EvidenceScope.USER));
        evidence.add(new Evidence("jitterMs", user.jitterMs(),
                cohort ? ispCohort.jitterMedianMs() : limits().jitterPoorMs(), EvidenceScope.USER));
        return evidence;
    }

    /** A cohort's medians beside the limits; nothing when the cohort is too small to say anything. */
    List<Evidence> cohortEvidence(CohortStats cohort, EvidenceScope scope) {
        if (!judge.known(cohort)) return List.of();
        return List.of(
                new Evidence("lossPct", cohort.lossMedianPct(), limits().lossPoorPct(), scope),
                new Evidence("rttMs", cohort.rttMedianMs(), limits().rttPoorMs(), scope),
                new Evidence("jitterMs", cohort.jitterMedianMs(), limits().jitterPoorMs(), scope));
    }

    List<Evidence> receptionEvidence() {
        return List.of(
                new Evidence("videoFreezeRatePct", user.videoFreezePct(), limits().videoFreezeBadPct(), EvidenceScope.USER),
                new Evidence("audioFreezeRatePct", user.audioFreezePct(), limits().audioFreezeBadPct(), EvidenceScope.USER));
    }

    /** The margin by which a cohort is fine; {@link Confidence#UNCHECKED} when it is too small to tell. */
    double cohortFineMargin(CohortStats cohort) {
        return judge.known(cohort) ? -judge.poorMargin(cohort) : Confidence.UNCHECKED;
    }

    static double percent(double pct) {
        return orZero(pct);
    }

    static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
