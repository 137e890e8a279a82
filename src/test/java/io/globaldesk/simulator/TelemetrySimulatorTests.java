package io.globaldesk.simulator;

import io.globaldesk.diagnosis.Segment;
import io.globaldesk.telemetry.QualitySample;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelemetrySimulatorTests {

    private static final Instant START = Instant.parse("2026-11-25T03:00:00Z");
    private final TelemetrySimulator simulator = new TelemetrySimulator();

    @Test
    void theSameSeedGivesTheSameTelemetryAndAnotherSeedDoesNot() {
        SimulationPlan plan = SimulationPlan.of(7, START, Duration.ofMinutes(10), 20).withFault(new Fault.DeviceOverloads(3));

        Simulation first = simulator.run(plan), again = simulator.run(plan);
        Simulation other = simulator.run(SimulationPlan.of(8, START, Duration.ofMinutes(10), 20));

        assertThat(again.samples()).isEqualTo(first.samples());
        assertThat(again.sessions()).isEqualTo(first.sessions());
        assertThat(other.samples()).isNotEqualTo(first.samples());
    }

    @Test
    void everyUserSendsASampleEveryTwoSecondsInEventTimeOrder() {
        Simulation sim = simulator.run(SimulationPlan.of(1, START, Duration.ofMinutes(10), 30));

        assertThat(sim.samples()).isSortedAccordingTo((a, b) -> a.ts().compareTo(b.ts()));
        Map<String, List<QualitySample>> byUser = sim.samples().stream()
                .collect(Collectors.groupingBy(s -> s.sessionId() + "/" + s.userId()));
        byUser.values().forEach(samples -> {
            for (int i = 1; i < samples.size(); i++) {
                assertThat(Duration.between(samples.get(i - 1).ts(), samples.get(i).ts())).isEqualTo(Duration.ofSeconds(2));
            }
        });
        assertThat(sim.sessions()).allSatisfy(s -> {
            assertThat(s.participants()).hasSizeBetween(2, 6);
            assertThat(s.start()).isBetween(START, START.plus(Duration.ofMinutes(10)));
            assertThat(s.sessionId()).matches("chan-\\d+:\\d+");
        });
    }

    @Test
    void aLiveFeedCanReleaseTheSamplesOfEachStepOfItsClock() {
        Simulation sim = simulator.run(SimulationPlan.of(1, START, Duration.ofMinutes(5), 20).withApiCallsPerMinute(60));
        int released = 0, calls = 0;
        for (Instant t = START; t.isBefore(START.plus(Duration.ofMinutes(20))); t = t.plusSeconds(20)) {
            List<QualitySample> step = sim.samplesBetween(t, t.plusSeconds(20));
            for (QualitySample s : step) assertThat(s.ts()).isBetween(t, t.plusSeconds(19));
            released += step.size();
            calls += sim.apiCallsBetween(t, t.plusSeconds(20)).size();
        }
        assertThat(released).isEqualTo(sim.samples().size());
        assertThat(calls).isEqualTo(sim.apiCalls().size()).isEqualTo(5 * 60);
    }

    @Test
    void samplesStayWithinTheRangesTheIngestAccepts() {
        Simulation sim = simulator.run(SimulationPlan.of(2, START, Duration.ofMinutes(10), 150)
                .withFault(new Fault.LocalNetworkFaults(5)).withFault(new Fault.DeviceOverloads(5)));

        assertThat(sim.samples()).allSatisfy(s -> {
            assertThat(s.uplinkLossPct()).isBetween(0.0, 100.0);
            assertThat(s.downlinkLossPct()).isBetween(0.0, 100.0);
            assertThat(s.videoFreezeRatePct()).isBetween(0.0, 100.0);
            assertThat(s.cpuSystemPct()).isBetween(0.0, 100.0);
            assertThat(s.rttMs()).isPositive();
            assertThat(s.fps()).isPositive();
            assertThat(s.networkType()).isNotNull();
            assertThat(s.edgeNode()).startsWith("edge-");
        });
        assertThat(sim.samples().stream().map(QualitySample::isp).distinct()).hasSizeGreaterThan(20);
        assertThat(sim.samples().stream().map(QualitySample::region).distinct()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(sim.samples().stream().map(QualitySample::device).distinct()).hasSizeGreaterThan(8);
    }

    @Test
    void regionsAreBusiestAtTheirLocalAfternoon() {
        Simulation morning = simulator.run(SimulationPlan.of(3, START, Duration.ofMinutes(10), 300));
        Simulation evening = simulator.run(SimulationPlan.of(3, Instant.parse("2026-11-25T15:00:00Z"), Duration.ofMinutes(10), 300));
        long tokyoAtNoon = hosted(morning, "ap-northeast"), europeAt4am = hosted(morning, "eu-west");
        long tokyoAtMidnight = hosted(evening, "ap-northeast"), europeAt4pm = hosted(evening, "eu-west");

        assertThat(tokyoAtNoon).isGreaterThan(2 * europeAt4am);
        assertThat(europeAt4pm).isGreaterThan(2 * tokyoAtMidnight);
    }

    @Test
    void anIspDegradationHitsThatIspInThatRegionAndNoOtherCarrier() {
        Instant to = START.plus(Duration.ofMinutes(30));
        Simulation sim = simulator.run(SimulationPlan.of(4, START, Duration.ofMinutes(20), 300)
                .withFault(new Fault.IspDegradation("ap-northeast", "KDDI", START, to)));

        double kddi = meanLoss(sim, s -> s.region().equals("ap-northeast") && s.isp().equals("KDDI"));
        double others = meanLoss(sim, s -> s.region().equals("ap-northeast") && !s.isp().equals("KDDI"));

        assertThat(kddi).isGreaterThan(5);
        assertThat(others).isLessThan(2);
        assertThat(truthOf(sim, p -> p.region().equals("ap-northeast") && p.isp().equals("KDDI")))
                .containsOnly(Segment.ISP, Segment.REMOTE_PEER, Segment.NO_ISSUE).contains(Segment.ISP);
    }

    @Test
    void anEdgeOutageHitsEveryIspOnThatEdge() {
        Simulation sim = simulator.run(SimulationPlan.of(5, START, Duration.ofMinutes(20), 300)
                .withFault(new Fault.EdgeOutage("edge-tyo-2", START, START.plus(Duration.ofMinutes(30)))));

        Map<String, Double> lossByIsp = sim.samples().stream().filter(s -> "edge-tyo-2".equals(s.edgeNode()))
                .collect(Collectors.groupingBy(QualitySample::isp, Collectors.averagingDouble(QualitySample::uplinkLossPct)));

        assertThat(lossByIsp).hasSizeGreaterThan(3);
        assertThat(lossByIsp.values()).allSatisfy(loss -> assertThat(loss).isGreaterThan(5));
        assertThat(truthOf(sim, p -> p.edgeNode().equals("edge-tyo-2"))).containsOnly(Segment.EDGE_NODE);
    }

    @Test
    void sessionFaultsNameTheirSubjectAndTheirPeersFeelThem() {
        Simulation sim = simulator.run(SimulationPlan.of(6, START, Duration.ofMinutes(20), 60)
                .withFault(new Fault.DeviceOverloads(10)).withFault(new Fault.RemotePeerFaults(10)));

        List<SimulatedSession> device = sim.sessions().stream().filter(s -> s.injected() == Segment.DEVICE).toList();
        assertThat(device).hasSize(10).allSatisfy(s -> {
            assertThat(s.expectedFor(s.subjectUserId())).contains(Segment.DEVICE);
            List<QualitySample> own = sim.samples().stream()
                    .filter(x -> x.sessionId().equals(s.sessionId()) && x.userId().equals(s.subjectUserId())).toList();
            assertThat(own.stream().mapToDouble(QualitySample::cpuSystemPct).average().orElseThrow()).isGreaterThan(90);
            assertThat(own.stream().mapToDouble(QualitySample::fps).average().orElseThrow()).isLessThan(12);
            s.expected().forEach((user, segment) -> {
                if (!user.equals(s.subjectUserId())) assertThat(segment).isEqualTo(Segment.REMOTE_PEER);
            });
        });
        assertThat(sim.sessions().stream().filter(s -> s.injected() == Segment.REMOTE_PEER))
                .hasSize(10).allSatisfy(s -> assertThat(s.expectedFor(s.subjectUserId())).contains(Segment.REMOTE_PEER));
    }

    @Test
    void anApiErrorSpikeRaisesTheErrorRateOfThatApiInThatRegionOnly() {
        Instant from = START.plus(Duration.ofMinutes(5)), to = START.plus(Duration.ofMinutes(10));
        Simulation sim = simulator.run(SimulationPlan.of(9, START, Duration.ofMinutes(15), 0).withApiCallsPerMinute(2000)
                .withFault(new Fault.ApiErrorSpike("join_channel", "ap-northeast", from, to, 0.4)));

        Predicate<ApiCallEvent> spiked = e -> e.api().equals("join_channel") && e.region().equals("ap-northeast");
        Predicate<ApiCallEvent> during = e -> !e.ts().isBefore(from) && e.ts().isBefore(to);

        assertThat(errorRate(sim, spiked.and(during))).isBetween(0.3, 0.5);
        assertThat(errorRate(sim, spiked.and(during.negate()))).isLessThan(0.02);
        assertThat(errorRate(sim, spiked.negate())).isLessThan(0.02);
        assertThat(sim.apiCalls()).filteredOn(e -> e.status() != 200).allSatisfy(e -> assertThat(e.errorCode()).isNotBlank());
    }

    @Test
    void refusesPlansThatCannotBeMet() {
        assertThatThrownBy(() -> SimulationPlan.of(1, START, Duration.ofMinutes(5), 3).withFault(new Fault.DeviceOverloads(4)))
                .hasMessageContaining("the faults need 4 sessions");
        assertThatThrownBy(() -> new Fault.EdgeOutage("edge-tyo-1", START, START))
                .hasMessageContaining("from before to");
        assertThatThrownBy(() -> simulator.run(SimulationPlan.of(1, START, Duration.ofMinutes(5), 100)
                .withFault(new Fault.IspDegradation("ap-northeast", "KDDI", START.minusSeconds(3600), START.plusSeconds(3600)))
                .withFault(new Fault.LocalNetworkFaults(100))))
                .hasMessageContaining("clear of its regional faults");
    }

    private static long hosted(Simulation sim, String region) {
        return sim.sessions().stream().filter(s -> s.hostRegion().equals(region)).count();
    }

    private static double meanLoss(Simulation sim, Predicate<QualitySample> which) {
        return sim.samples().stream().filter(which).mapToDouble(QualitySample::uplinkLossPct).average().orElseThrow();
    }

    private static List<Segment> truthOf(Simulation sim, Predicate<Participant> who) {
        return sim.sessions().stream().flatMap(s -> s.participants().stream().filter(who)
                .flatMap(p -> s.expectedFor(p.userId()).stream())).toList();
    }

    private static double errorRate(Simulation sim, Predicate<ApiCallEvent> which) {
        List<ApiCallEvent> calls = sim.apiCalls().stream().filter(which).toList();
        assertThat(calls).as("calls to measure").hasSizeGreaterThan(100);
        return calls.stream().filter(e -> e.status() != 200).count() / (double) calls.size();
    }
}
