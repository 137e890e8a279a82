package io.globaldesk.bench;

import io.globaldesk.routing.AgentState;
import io.globaldesk.routing.CategorySkills;
import io.globaldesk.routing.Centers;
import io.globaldesk.routing.Router;
import io.globaldesk.routing.RoutingDecision;
import io.globaldesk.routing.RoutingRequest;
import io.globaldesk.routing.RoutingSnapshot;
import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One routing decision over 500 agents in three centers (target: p99 ≤ 2 ms). Run with
 * {@code ./globaldesk bench jmh RoutingBenchmark}; the sample mode reports the percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingBenchmark {

    private static final String[] LANGUAGES = {"en", "zh", "ja", "ko", "es", "pt", "de", "fr"};
    private static final String[] CENTERS = {"APAC", "EMEA", "AMER"};
    /** APAC and EMEA both work at 09:30 UTC on a Wednesday; AMER sleeps. */
    private static final Instant AT = Instant.parse("2026-11-25T09:30:00Z");

    private final Router router = new Router(CategorySkills.defaults());
    private RoutingSnapshot snapshot;
    private RoutingRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        List<String> categories = CategorySkills.DEFAULT_CATEGORIES;
        List<AgentState> agents = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Set<String> languages = new HashSet<>(List.of("en", LANGUAGES[random.nextInt(LANGUAGES.length)]));
            Set<String> skills = new HashSet<>();
            for (int s = 0; s < 6; s++) skills.add(categories.get(random.nextInt(categories.size())));
            if (random.nextInt(4) == 0) skills.add(AgentState.SENIOR_SKILL);
            AgentState agent = AgentState.of("agent-" + i, "Agent " + i, CENTERS[i % 3], languages, skills, 8, random.nextInt(9));
            agents.add(random.nextInt(10) == 0 ? agent.withAssignment(AT.minusSeconds(random.nextInt(7200))) : agent);
        }
        snapshot = RoutingSnapshot.of(agents, Centers.all());
        requests = new RoutingRequest[64];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new RoutingRequest("T-" + i, Severity.values()[random.nextInt(4)], categories.get(random.nextInt(categories.size())),
                    LANGUAGES[random.nextInt(LANGUAGES.length)], Tier.values()[random.nextInt(3)], CENTERS[random.nextInt(3)]);
        }
    }

    @Benchmark
    public RoutingDecision decide() {
        RoutingRequest request = requests[next++ & (requests.length - 1)];
        return router.decide(request, snapshot, AT);
    }
}
