package io.globaldesk.diagnosis;

import io.globaldesk.simulator.Fault;
import io.globaldesk.simulator.SimulatedSession;
import io.globaldesk.simulator.Simulation;
import io.globaldesk.simulator.SimulationPlan;
import io.globaldesk.simulator.TelemetrySimulator;
import io.globaldesk.telemetry.QualitySample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of the diagnosis: one simulated hour of world-wide traffic with an ISP degradation in
 * ap-northeast, an edge outage in us-west and session-level faults elsewhere, every user diagnosed and compared with
 * the simulator's ground truth.
 */
class DiagnosisAccuracyTests {

    private static final Instant START = Instant.parse("2026-11-25T03:00:00Z");
    private static final Duration SPAN = Duration.ofHours(1);
    private static final int FAULTY_SESSIONS = 80;
    private static final Instant FAULT_END = START.plus(SPAN).plus(Duration.ofMinutes(15));

    private static Simulation simulation;
    private static final Map<Segment, Map<Segment, Integer>> confusion = new EnumMap<>(Segment.class);
    private static final Map<Segment, int[]> subjects = new EnumMap<>(Segment.class);
    private static int mildHealthy, mildHealthyRight;
    private static final double[] confidenceSum = new double[2];
    private static final int[] confidenceCount = new int[2];

    @BeforeAll
    static void diagnoseEveryone() {
        SimulationPlan plan = SimulationPlan.of(7, START, SPAN, 1000)
                .withFault(new Fault.IspDegradation("ap-northeast", "KDDI", START, FAULT_END))
                .withFault(new Fault.EdgeOutage("edge-sjc-2", START, FAULT_END))
                .withFault(new Fault.LocalNetworkFaults(FAULTY_SESSIONS))
                .withFault(new Fault.RemotePeerFaults(FAULTY_SESSIONS))
                .withFault(new Fault.DeviceOverloads(FAULTY_SESSIONS));
        simulation = new TelemetrySimulator().run(plan);
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(simulation.samples());
        SessionDiagnostician diagnostician = new SessionDiagnostician();
        for (Segment s : Segment.values()) confusion.put(s, new EnumMap<>(Segment.class));
        for (SimulatedSession session : simulation.sessions()) {
            session.expected().forEach((user, expected) -> {
                Diagnosis diagnosis = diagnostician.diagnose(session.sessionId(), user, input);
                Segment found = diagnosis.segment();
                int right = found == expected ? 1 : 0;
                confidenceSum[right] += diagnosis.confidence();
                confidenceCount[right]++;
                confusion.get(expected).merge(found, 1, Integer::sum);
                if (user.equals(session.subjectUserId())) {
                    int[] tally = subjects.computeIfAbsent(session.injected(), k -> new int[2]);
                    tally[0]++;
                    if (found == session.injected()) tally[1]++;
                }
                if (expected == Segment.NO_ISSUE && mildlyDegraded(input.userSamples(session.sessionId(), user))) {
                    mildHealthy++;
                    if (found == Segment.NO_ISSUE) mildHealthyRight++;
                }
            });
        }
        System.out.println(confusionMatrix());
    }

    @Test
    void everyFaultSegmentAndHealthyUsersAreDiagnosedRightAtLeast95PercentOfTheTime() {
        for (Segment expected : Segment.values()) {
            Map<Segment, Integer> row = confusion.get(expected);
            int total = row.values().stream().mapToInt(Integer::intValue).sum();
            int right = row.getOrDefault(expected, 0);
            assertThat(total).as("users whose true segment is %s", expected).isGreaterThanOrEqualTo(60);
            assertThat(right / (double) total).as("share of %s users diagnosed %s (%d of %d)", expected, expected, right, total)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void theUserEachSessionFaultWasPlacedForIsDiagnosedWithThatFault() {
        for (Segment injected : List.of(Segment.LOCAL_NETWORK, Segment.REMOTE_PEER, Segment.DEVICE)) {
            int[] tally = subjects.get(injected);
            assertThat(tally[0]).as("%s sessions", injected).isEqualTo(FAULTY_SESSIONS);
            assertThat(tally[1] / (double) tally[0]).as("%s subjects diagnosed right (%d of %d)", injected, tally[1], tally[0])
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void mildlyDegradedHealthyUsersAreNotBlamedOnAnySegment() {
        assertThat(mildHealthy).as("healthy users with a mildly worse line or a busy device").isGreaterThanOrEqualTo(100);
        assertThat(mildHealthyRight / (double) mildHealthy).as("mildly degraded healthy users found NO_ISSUE")
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void wrongVerdictsCarryLowerConfidenceThanRightOnes() {
        assertThat(confidenceCount[0]).as("wrong verdicts to compare").isPositive();
        assertThat(meanConfidence(0)).isLessThan(meanConfidence(1) - 0.1);
    }

    private static double meanConfidence(int right) {
        return confidenceSum[right] / confidenceCount[right];
    }

    /** Loss above 1.5%, RTT above 150 ms, jitter above 25 ms or CPU above 70%, all still inside the limits. */
    private static boolean mildlyDegraded(List<QualitySample> samples) {
        LinkStats link = LinkStats.of(samples);
        return link.lossPct() > 1.5 || link.rttMs() > 150 || link.jitterMs() > 25 || link.cpuSystemPct() > 70;
    }

    private static String confusionMatrix() {
        StringBuilder out = new StringBuilder("\nDiagnosis confusion matrix (rows: true segment, columns: diagnosed)\n");
        out.append(String.format("%-14s", ""));
        for (Segment s : Segment.values()) out.append(String.format("%14s", s));
        out.append(String.format("%10s%n", "accuracy"));
        for (Segment expected : Segment.values()) {
            Map<Segment, Integer> row = confusion.get(expected);
            int total = row.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format("%-14s", expected));
            for (Segment s : Segment.values()) out.append(String.format("%14d", row.getOrDefault(s, 0)));
            out.append(String.format("%9.1f%%%n", total == 0 ? 0 : 100.0 * row.getOrDefault(expected, 0) / total));
        }
        subjects.forEach((segment, tally) -> out.append(String.format("subjects of injected %s: %d of %d right%n",
                segment, tally[1], tally[0])));
        out.append(String.format("mean confidence: %.2f when right, %.2f when wrong%n", meanConfidence(1),
                confidenceCount[0] == 0 ? Double.NaN : meanConfidence(0)));
        out.append(String.format("mildly degraded healthy users: %d of %d NO_ISSUE%n", mildHealthyRight, mildHealthy));
        out.append(String.format("%d sessions, %d samples%n", simulation.sessions().size(), simulation.samples().size()));
        return out.toString();
    }
}
