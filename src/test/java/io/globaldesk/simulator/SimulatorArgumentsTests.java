package io.globaldesk.simulator;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorArgumentsTests {

    @Test
    void readsACompleteCommandLine() {
        SimulatorArguments args = SimulatorArguments.parse("--sessions", "50", "--minutes", "20", "--seed", "7",
                "--start", "2026-11-25T03:00:00Z", "--fault", "ISP:eu-west:Vodafone", "--fault", "EDGE_NODE:edge-gru-2",
                "--fault", "DEVICE:4", "--fault", "API_ERRORS:renew_token:sa-east:0.5", "--api-calls-per-minute", "100",
                "--out", "samples.ndjson");

        SimulationPlan plan = args.plan();
        assertThat(plan.sessions()).isEqualTo(50);
        assertThat(plan.span()).isEqualTo(Duration.ofMinutes(20));
        assertThat(plan.seed()).isEqualTo(7);
        assertThat(plan.start()).isEqualTo(Instant.parse("2026-11-25T03:00:00Z"));
        assertThat(plan.apiCallsPerMinute()).isEqualTo(100);
        assertThat(args.out()).isEqualTo(Path.of("samples.ndjson"));
        assertThat(plan.faults()).hasSize(4);
        assertThat(plan.faults().get(0)).isInstanceOfSatisfying(Fault.IspDegradation.class, f -> {
            assertThat(f.region()).isEqualTo("eu-west");
            assertThat(f.isp()).isEqualTo("Vodafone");
        });
        assertThat(plan.faults().get(1)).isEqualTo(new Fault.EdgeOutage("edge-gru-2", plan.start(),
                plan.end().plus(Duration.ofMinutes(10))));
        assertThat(plan.faults().get(2)).isEqualTo(new Fault.DeviceOverloads(4));
        assertThat(plan.faults().get(3)).isInstanceOfSatisfying(Fault.ApiErrorSpike.class,
                f -> assertThat(f.errorRate()).isEqualTo(0.5));
    }

    @Test
    void aBareIspFaultHitsTheBusiestRegionAtTheStart() {
        Fault fault = SimulatorArguments.parse("--start", "2026-11-25T03:00:00Z", "--fault", "ISP").plan().faults().getFirst();

        assertThat(fault).isInstanceOfSatisfying(Fault.IspDegradation.class, f -> {
            assertThat(f.region()).isEqualTo("ap-northeast");
            assertThat(f.isp()).isEqualTo("NTT");
        });
    }

    @Test
    void rejectsMalformedCommandLinesWithAReason() {
        assertRejected("unknown option --color", "--color", "red");
        assertRejected("option --sessions needs a value", "--sessions");
        assertRejected("--sessions needs a whole number, was 'many'", "--sessions", "many");
        assertRejected("--minutes cannot be negative", "--minutes", "-5");
        assertRejected("--seed needs a whole number", "--seed", "1.5");
        assertRejected("--start needs an ISO-8601 instant", "--start", "yesterday");
        assertRejected("unknown fault kind 'FLOOD'", "--fault", "FLOOD");
        assertRejected("ISP 'Comcast' does not serve region eu-west", "--fault", "ISP:eu-west:Comcast");
        assertRejected("no region 'mars-1'", "--fault", "ISP:mars-1:NTT");
        assertRejected("no edge node 'edge-xxx-9'", "--fault", "EDGE_NODE:edge-xxx-9");
        assertRejected("has 1 arguments", "--fault", "ISP:eu-west");
        assertRejected("an error rate is within 0..1", "--fault", "API_ERRORS:join_channel:eu-west:1.5");
        assertRejected("an error rate is a number", "--fault", "API_ERRORS:join_channel:eu-west:lots");
        assertRejected("fault DEVICE needs a whole number", "--fault", "DEVICE:x");
        assertRejected("the faults need 300 sessions", "--sessions", "10", "--fault", "LOCAL_NETWORK:300");
    }

    private static void assertRejected(String reason, String... args) {
        assertThatThrownBy(() -> SimulatorArguments.parse(args)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
