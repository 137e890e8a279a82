package io.globaldesk.diagnosis;

import io.globaldesk.simulator.Fault;
import io.globaldesk.simulator.SimulatedSession;
import io.globaldesk.simulator.Simulation;
import io.globaldesk.simulator.SimulationPlan;
import io.globaldesk.simulator.TelemetrySimulator;
import io.globaldesk.telemetry.QualitySample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of the diagnosis: a simulated hour of world-wide traffic with an ISP degradation in one region,
 * an edge outage in another and session-level faults (local network, remote peer, device) elsewhere; every user is
 * diagnosed and compared with the simulator's ground truth. Two worlds at different times of day, with the faults in
 * different regions, so that the rules are not tuned to one place.
 */
class DiagnosisAccuracyTests {

    private static final int FAULTY_SESSIONS = 80;
    private static final double CONFIDENT = 0.9;

    enum Scenario {
        ASIA_NOON_KDDI_AND_SAN_JOSE("2026-11-25T03:00:00Z", 7, "ap-northeast", "KDDI", "edge-sjc-2"),
        AMERICAS_MORNING_VERIZON_AND_FRANKFURT("2026-11-25T18:00:00Z", 11, "us-east", "Verizon", "edge-fra-1");

        final Instant start;
        final long seed;
        final String ispRegion, isp, edge;

        Scenario(String start, long seed, String ispRegion, String isp, String edge) {
            this.start = Instant.parse(start);
            this.seed = seed;
            this.ispRegion = ispRegion;
            this.isp = isp;
            this.edge = edge;
        }
    }

    /** What diagnosing every user of one world gave. */
    private static final class Outcome {
        final Map<Segment, Map<Segment, Integer>> confusion = new EnumMap<>(Segment.class);
        final Map<Segment, int[]> subjects = new EnumMap<>(Segment.class);
        final double[] confidenceSum = new double[2];
        final int[] confidenceCount = new int[2];
        int mildHealthy, mildHealthyRight, sessions, samples, confident, confidentRight;

        int rowTotal(Segment expected) {
            return confusion.get(expected).values().stream().mapToInt(Integer::intValue).sum();
        }

        double rowAccuracy(Segment expected) {
            return confusion.get(expected).getOrDefault(expected, 0) / (double) rowTotal(expected);
        }

        double meanConfidence(boolean right) {
            int i = right ? 1 : 0;
            return confidenceSum[i] / confidenceCount[i];
        }
    }

    private static final Map<Scenario, Outcome> OUTCOMES = new ConcurrentHashMap<>();

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyFaultSegmentAndHealthyUsersAreDiagnosedRightAtLeast95PercentOfTheTime(Scenario scenario) {
        Outcome outcome = outcome(scenario);
        for (Segment expected : Segment.values()) {
            assertThat(outcome.rowTotal(expected)).as("users whose true segment is %s", expected).isGreaterThanOrEqualTo(60);
            assertThat(outcome.rowAccuracy(expected)).as("share of %s users diagnosed %s", expected, expected)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void theUserEachSessionFaultWasPlacedForIsDiagnosedWithThatFault(Scenario scenario) {
        Outcome outcome = outcome(scenario);
        for (Segment injected : List.of(Segment.LOCAL_NETWORK, Segment.REMOTE_PEER, Segment.DEVICE)) {
            int[] tally = outcome.subjects.get(injected);
            assertThat(tally[0]).as("%s sessions", injected).isEqualTo(FAULTY_SESSIONS);
            assertThat(tally[1] / (double) tally[0]).as("%s subjects diagnosed right (%d of %d)", injected, tally[1], tally[0])
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void mildlyDegradedHealthyUsersAreNotBlamedOnAnySegment(Scenario scenario) {
        Outcome outcome = outcome(scenario);
        assertThat(outcome.mildHealthy).as("healthy users with a mildly worse line or a busy device").isGreaterThanOrEqualTo(100);
        assertThat(outcome.mildHealthyRight / (double) outcome.mildHealthy).as("mildly degraded healthy users found NO_ISSUE")
                .isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void highConfidenceVerdictsAreTheMostReliable(Scenario scenario) {
        Outcome outcome = outcome(scenario);
        int all = outcome.confidenceCount[0] + outcome.confidenceCount[1];
        assertThat(outcome.confident).as("verdicts with confidence >= %s", CONFIDENT).isGreaterThan(all / 2);
        assertThat(outcome.confidentRight / (double) outcome.confident).as("accuracy of confident verdicts")
                .isGreaterThanOrEqualTo(0.995);
    }

    private static Outcome outcome(Scenario scenario) {
        return OUTCOMES.computeIfAbsent(scenario, DiagnosisAccuracyTests::diagnoseEveryone);
    }

    private static Outcome diagnoseEveryone(Scenario scenario) {
        Instant faultEnd = scenario.start.plus(Duration.ofMinutes(75));
        Simulation simulation = new TelemetrySimulator().run(SimulationPlan.of(scenario.seed, scenario.start, Duration.ofHours(1), 1000)
                .withFault(new Fault.IspDegradation(scenario.ispRegion, scenario.isp, scenario.start, faultEnd))
                .withFault(new Fault.EdgeOutage(scenario.edge, scenario.start, faultEnd))
                .withFault(new Fault.LocalNetworkFaults(FAULTY_SESSIONS))
                .withFault(new Fault.RemotePeerFaults(FAULTY_SESSIONS))
                .withFault(new Fault.DeviceOverloads(FAULTY_SESSIONS)));
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(simulation.samples());
        SessionDiagnostician diagnostician = new SessionDiagnostician();
        Outcome o = new Outcome();
        o.sessions = simulation.sessions().size();
        o.samples = simulation.samples().size();
        for (Segment s : Segment.values()) o.confusion.put(s, new EnumMap<>(Segment.class));
        for (SimulatedSession session : simulation.sessions()) {
            session.expected().forEach((user, expected) -> {
                Diagnosis diagnosis = diagnostician.diagnose(session.sessionId(), user, input);
                Segment found = diagnosis.segment();
                o.confusion.get(expected).merge(found, 1, Integer::sum);
                int right = found == expected ? 1 : 0;
                o.confidenceSum[right] += diagnosis.confidence();
                o.confidenceCount[right]++;
                if (diagnosis.confidence() >= CONFIDENT) {
                    o.confident++;
                    o.confidentRight += right;
                }
                if (user.equals(session.subjectUserId())) {
                    int[] tally = o.subjects.computeIfAbsent(session.injected(), k -> new int[2]);
                    tally[0]++;
                    if (found == session.injected()) tally[1]++;
                }
                if (expected == Segment.NO_ISSUE && mildlyDegraded(input.userSamples(session.sessionId(), user))) {
                    o.mildHealthy++;
                    if (found == Segment.NO_ISSUE) o.mildHealthyRight++;
                }
            });
        }
        System.out.println(confusionMatrix(scenario, o));
        return o;
    }

    /** Loss above 1.5%, RTT above 150 ms, jitter above 25 ms or CPU above 70%, all still inside the limits. */
    private static boolean mildlyDegraded(List<QualitySample> samples) {
        LinkStats link = LinkStats.of(samples);
        return link.lossPct() > 1.5 || link.rttMs() > 150 || link.jitterMs() > 25 || link.cpuSystemPct() > 70;
    }

    private static String confusionMatrix(Scenario scenario, Outcome o) {
        StringBuilder out = new StringBuilder(String.format("%nDiagnosis confusion matrix, %s: %s %s degraded, %s down "
                + "(rows: true segment, columns: diagnosed)%n", scenario, scenario.ispRegion, scenario.isp, scenario.edge));
        out.append(String.format("%-14s", ""));
        for (Segment s : Segment.values()) out.append(String.format("%14s", s));
        out.append(String.format("%10s%n", "accuracy"));
        for (Segment expected : Segment.values()) {
            Map<Segment, Integer> row = o.confusion.get(expected);
            out.append(String.format("%-14s", expected));
            for (Segment s : Segment.values()) out.append(String.format("%14d", row.getOrDefault(s, 0)));
            out.append(String.format("%9.1f%%%n", o.rowTotal(expected) == 0 ? 0 : 100 * o.rowAccuracy(expected)));
        }
        o.subjects.forEach((segment, tally) -> out.append(String.format("subjects of injected %s: %d of %d right%n",
                segment, tally[1], tally[0])));
        out.append(String.format("mean confidence: %.2f when right, %.2f when wrong; %d of %d verdicts at >= %.1f right%n",
                o.meanConfidence(true), o.confidenceCount[0] == 0 ? Double.NaN : o.meanConfidence(false),
                o.confidentRight, o.confident, CONFIDENT));
        out.append(String.format("mildly degraded healthy users: %d of %d NO_ISSUE%n", o.mildHealthyRight, o.mildHealthy));
        out.append(String.format("%d sessions, %d samples%n", o.sessions, o.samples));
        return out.toString();
    }
}
