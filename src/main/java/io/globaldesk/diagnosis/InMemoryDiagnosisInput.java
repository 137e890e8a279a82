package io.globaldesk.diagnosis;

import io.globaldesk.telemetry.QualitySample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@link DiagnosisInput} over samples held in memory, indexed by session, by region and ISP, and by edge node. For
 * tests, the simulator and the demo; the telemetry store answers the same questions from disk.
 */
public final class InMemoryDiagnosisInput implements DiagnosisInput {

    private static final Comparator<QualitySample> BY_TIME = Comparator.comparing(QualitySample::ts);

    private final Map<String, Map<String, List<QualitySample>>> bySession = new HashMap<>();
    private final Map<String, QualitySample[]> byRegionIsp;
    private final Map<String, QualitySample[]> byEdge;

    public InMemoryDiagnosisInput(Collection<QualitySample> samples) {
        Map<String, List<QualitySample>> regionIsp = new HashMap<>();
        Map<String, List<QualitySample>> edge = new HashMap<>();
        for (QualitySample s : samples) {
            Objects.requireNonNull(s.ts(), "every sample needs a ts");
            bySession.computeIfAbsent(s.sessionId(), k -> new HashMap<>())
                    .computeIfAbsent(s.userId(), k -> new ArrayList<>()).add(s);
            regionIsp.computeIfAbsent(regionIspKey(s.region(), s.isp()), k -> new ArrayList<>()).add(s);
            edge.computeIfAbsent(String.valueOf(s.edgeNode()), k -> new ArrayList<>()).add(s);
        }
        byRegionIsp = sortedArrays(regionIsp);
        byEdge = sortedArrays(edge);
    }

    @Override
    public List<QualitySample> userSamples(String sessionId, String userId) {
        return bySession.getOrDefault(sessionId, Map.of()).getOrDefault(userId, List.of());
    }

    @Override
    public List<QualitySample> peerSamples(String sessionId, String userId) {
        List<QualitySample> peers = new ArrayList<>();
        bySession.getOrDefault(sessionId, Map.of()).forEach((user, samples) -> {
            if (!user.equals(userId)) peers.addAll(samples);
        });
        return peers;
    }

    @Override
    public CohortStats ispCohort(String region, String isp, Instant from, Instant to, String excludedSessionId) {
        return cohort(byRegionIsp.get(regionIspKey(region, isp)), from, to,
                s -> !s.sessionId().equals(excludedSessionId));
    }

    @Override
    public CohortStats edgeCohort(String edgeNode, String excludedIsp, Instant from, Instant to, String excludedSessionId) {
        return cohort(byEdge.get(String.valueOf(edgeNode)), from, to,
                s -> !s.sessionId().equals(excludedSessionId) && !Objects.equals(s.isp(), excludedIsp));
    }

    private static CohortStats cohort(QualitySample[] sorted, Instant from, Instant to, Predicate<QualitySample> member) {
        if (sorted == null) return CohortStats.EMPTY;
        int first = firstAtOrAfter(sorted, from);
        int capacity = Math.max(0, Math.min(sorted.length, lastAtOrBefore(sorted, to) + 1) - first);
        double[] rtt = new double[capacity], loss = new double[capacity], jitter = new double[capacity];
        Set<String> users = new HashSet<>(), sessions = new HashSet<>();
        int n = 0;
        for (int i = first; i < first + capacity; i++) {
            QualitySample s = sorted[i];
            if (!member.test(s)) continue;
            users.add(s.sessionId() + '\u0000' + s.userId());
            sessions.add(s.sessionId());
            rtt[n] = Quantiles.value(s.rttMs());
            loss[n] = Quantiles.worseLoss(s.uplinkLossPct(), s.downlinkLossPct());
            jitter[n] = Quantiles.value(s.jitterMs());
            n++;
        }
        if (n == 0) return CohortStats.EMPTY;
        int rttN = Quantiles.sortFinite(rtt, n), lossN = Quantiles.sortFinite(loss, n), jitterN = Quantiles.sortFinite(jitter, n);
        return new CohortStats(users.size(), sessions.size(), n,
                Quantiles.ofSorted(rtt, rttN, 0.5), Quantiles.ofSorted(rtt, rttN, 0.9),
                Quantiles.ofSorted(loss, lossN, 0.5), Quantiles.ofSorted(loss, lossN, 0.9),
                Quantiles.ofSorted(jitter, jitterN, 0.5), Quantiles.ofSorted(jitter, jitterN, 0.9));
    }

    private static int firstAtOrAfter(QualitySample[] sorted, Instant from) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].ts().isBefore(from)) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int lastAtOrBefore(QualitySample[] sorted, Instant to) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].ts().isAfter(to)) hi = mid; else lo = mid + 1;
        }
        return lo - 1;
    }

    private static Map<String, QualitySample[]> sortedArrays(Map<String, List<QualitySample>> lists) {
        Map<String, QualitySample[]> arrays = new HashMap<>();
        lists.forEach((key, list) -> {
            QualitySample[] array = list.toArray(QualitySample[]::new);
            java.util.Arrays.sort(array, BY_TIME);
            arrays.put(key, array);
        });
        return arrays;
    }

    private static String regionIspKey(String region, String isp) {
        return region + '\u0000' + isp;
    }
}
