package io.globaldesk.bench;

import io.globaldesk.diagnosis.CohortStats;
import io.globaldesk.diagnosis.Diagnosis;
import io.globaldesk.diagnosis.DiagnosisInput;
import io.globaldesk.diagnosis.InMemoryDiagnosisInput;
import io.globaldesk.diagnosis.SessionDiagnostician;
import io.globaldesk.simulator.Fault;
import io.globaldesk.simulator.SimulatedSession;
import io.globaldesk.simulator.Simulation;
import io.globaldesk.simulator.SimulationPlan;
import io.globaldesk.simulator.TelemetrySimulator;
import io.globaldesk.telemetry.QualitySample;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost of one diagnosis once its inputs are at hand ({@code decide}: the user's and peers' samples and the two
 * cohorts already fetched, as the telemetry store will hand them over), and with the cohorts computed from the
 * in-memory samples of a simulated hour ({@code decideWithInMemoryCohorts}). The store's query cost is measured by the
 * telemetry module's own benchmark. Cases cycle over every user of every session of the simulated hour.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DiagnosisBenchmark {

    /** One diagnosis with everything the store would return for it. */
    private record Case(String sessionId, String userId, DiagnosisInput input) {}

    /** A store answer fixed in advance, so that only the decision is timed. */
    private record FetchedInput(List<QualitySample> user, List<QualitySample> peers, CohortStats isp, CohortStats edge)
            implements DiagnosisInput {
        public List<QualitySample> userSamples(String sessionId, String userId) { return user; }
        public List<QualitySample> peerSamples(String sessionId, String userId) { return peers; }
        public CohortStats ispCohort(String region, String isp, Instant from, Instant to, String excluded) { return this.isp; }
        public CohortStats edgeCohort(String edge, String isp, Instant from, Instant to, String excluded) { return this.edge; }
    }

    private final SessionDiagnostician diagnostician = new SessionDiagnostician();
    private final List<Case> fetched = new ArrayList<>();
    private final List<Case> inMemory = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void simulateAnHour() {
        Instant start = Instant.parse("2026-11-25T03:00:00Z");
        Simulation sim = new TelemetrySimulator().run(SimulationPlan.of(7, start, Duration.ofHours(1), 1000)
                .withFault(new Fault.IspDegradation("ap-northeast", "KDDI", start, start.plus(Duration.ofMinutes(75))))
                .withFault(new Fault.EdgeOutage("edge-sjc-2", start, start.plus(Duration.ofMinutes(75))))
                .withFault(new Fault.LocalNetworkFaults(80)).withFault(new Fault.RemotePeerFaults(80))
                .withFault(new Fault.DeviceOverloads(80)));
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(sim.samples());
        Duration padding = Duration.ofMinutes(5);
        for (SimulatedSession s : sim.sessions()) {
            for (var p : s.participants()) {
                List<QualitySample> own = input.userSamples(s.sessionId(), p.userId());
                if (own.isEmpty()) continue;
                Instant from = own.getFirst().ts().minus(padding), to = own.getLast().ts().plus(padding);
                fetched.add(new Case(s.sessionId(), p.userId(), new FetchedInput(own, input.peerSamples(s.sessionId(), p.userId()),
                        input.ispCohort(p.region(), p.isp(), from, to, s.sessionId()),
                        input.edgeCohort(p.edgeNode(), p.isp(), from, to, s.sessionId()))));
                inMemory.add(new Case(s.sessionId(), p.userId(), input));
            }
        }
    }

    @Benchmark
    public Diagnosis decide() {
        Case c = fetched.get(next++ % fetched.size());
        return diagnostician.diagnose(c.sessionId(), c.userId(), c.input());
    }

    @Benchmark
    public Diagnosis decideWithInMemoryCohorts() {
        Case c = inMemory.get(next++ % inMemory.size());
        return diagnostician.diagnose(c.sessionId(), c.userId(), c.input());
    }
}
