package io.globaldesk.diagnosis;

import io.globaldesk.telemetry.QualitySample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link DiagnosisInput} over samples held in memory: by session for the participants, and in time-sorted columns per
 * region and ISP and per edge node for the cohorts. For tests, the simulator and the demo; the telemetry store answers
 * the same questions from disk. Not thread-safe: cohort queries share scratch buffers.
 */
public final class InMemoryDiagnosisInput implements DiagnosisInput {

    private final Map<String, Map<String, List<QualitySample>>> bySession = new HashMap<>();
    private final Map<String, Integer> sessionIds = new HashMap<>();
    private final Map<String, Integer> ispIds = new HashMap<>();
    private final Map<String, Column> byRegionIsp = new HashMap<>();
    private final Map<String, Column> byEdge = new HashMap<>();
    private final int[] seenStamp;
    private final int[] sessionStamp;
    private int stamp;
    private double[] rtt = new double[0], loss = new double[0], jitter = new double[0];

    /** The cohort figures of one group of samples, sorted by time, as parallel arrays. */
    private record Column(long[] tsMillis, int[] user, int[] session, int[] isp, double[] rtt, double[] loss, double[] jitter) {}

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
        Map<String, Integer> userIds = new HashMap<>();
        regionIsp.forEach((key, list) -> byRegionIsp.put(key, column(list, userIds)));
        edge.forEach((key, list) -> byEdge.put(key, column(list, userIds)));
        seenStamp = new int[userIds.size()];
        sessionStamp = new int[sessionIds.size()];
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
        return cohort(byRegionIsp.get(regionIspKey(region, isp)), from, to, sessionIds.getOrDefault(excludedSessionId, -1), -1);
    }

    @Override
    public CohortStats edgeCohort(String edgeNode, String excludedIsp, Instant from, Instant to, String excludedSessionId) {
        return cohort(byEdge.get(String.valueOf(edgeNode)), from, to, sessionIds.getOrDefault(excludedSessionId, -1),
                ispIds.getOrDefault(String.valueOf(excludedIsp), -1));
    }

    private CohortStats cohort(Column c, Instant from, Instant to, int excludedSession, int excludedIsp) {
        if (c == null) return CohortStats.EMPTY;
        int first = firstAtOrAfter(c.tsMillis(), from.toEpochMilli());
        int end = firstAtOrAfter(c.tsMillis(), to.toEpochMilli() + 1);
        ensureCapacity(end - first);
        stamp++;
        int n = 0, users = 0, sessions = 0, rttN = 0, lossN = 0, jitterN = 0;
        for (int i = first; i < end; i++) {
            if (c.session()[i] == excludedSession || c.isp()[i] == excludedIsp) continue;
            if (seenStamp[c.user()[i]] != stamp) {
                seenStamp[c.user()[i]] = stamp;
                users++;
            }
            if (sessionStamp[c.session()[i]] != stamp) {
                sessionStamp[c.session()[i]] = stamp;
                sessions++;
            }
            if (!Double.isNaN(c.rtt()[i])) rtt[rttN++] = c.rtt()[i];
            if (!Double.isNaN(c.loss()[i])) loss[lossN++] = c.loss()[i];
            if (!Double.isNaN(c.jitter()[i])) jitter[jitterN++] = c.jitter()[i];
            n++;
        }
        if (n == 0) return CohortStats.EMPTY;
        double[] rttQ = Quantiles.select(rtt, rttN, 0.5, 0.9);
        double[] lossQ = Quantiles.select(loss, lossN, 0.5, 0.9);
        double[] jitterQ = Quantiles.select(jitter, jitterN, 0.5, 0.9);
        return new CohortStats(users, sessions, n, rttQ[0], rttQ[1], lossQ[0], lossQ[1], jitterQ[0], jitterQ[1]);
    }

    private void ensureCapacity(int n) {
        if (rtt.length < n) {
            rtt = new double[n];
            loss = new double[n];
            jitter = new double[n];
        }
    }

    private Column column(List<QualitySample> list, Map<String, Integer> userIds) {
        QualitySample[] sorted = list.toArray(QualitySample[]::new);
        Arrays.sort(sorted, Comparator.comparing(QualitySample::ts));
        int n = sorted.length;
        Column c = new Column(new long[n], new int[n], new int[n], new int[n], new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++) {
            QualitySample s = sorted[i];
            c.tsMillis()[i] = s.ts().toEpochMilli();
            c.session()[i] = sessionIds.computeIfAbsent(s.sessionId(), k -> sessionIds.size());
            c.user()[i] = userIds.computeIfAbsent(s.sessionId() + '\u0000' + s.userId(), k -> userIds.size());
            c.isp()[i] = ispIds.computeIfAbsent(String.valueOf(s.isp()), k -> ispIds.size());
            c.rtt()[i] = Quantiles.value(s.rttMs());
            c.loss()[i] = Quantiles.worseLoss(s.uplinkLossPct(), s.downlinkLossPct());
            c.jitter()[i] = Quantiles.value(s.jitterMs());
        }
        return c;
    }

    private static int firstAtOrAfter(long[] sorted, long from) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static String regionIspKey(String region, String isp) {
        return region + '\u0000' + isp;
    }
}
