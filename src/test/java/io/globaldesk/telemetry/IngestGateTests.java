package io.globaldesk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestGateTests {

    private final IngestGate gate = new IngestGate(1000, 100, Duration.ofSeconds(2));

    private IngestGate.Permit admitted(long bytes) {
        return ((IngestGate.Admitted) gate.admit(bytes)).permit();
    }

    @Test
    void refusesWithRetryAfterWhileTheBytesInFlightWouldPassTheLimit() {
        IngestGate.Permit first = admitted(600);

        IngestGate.Admission second = gate.admit(600);

        assertThat(second).isEqualTo(new IngestGate.Overloaded(Duration.ofSeconds(2),
                "telemetry ingest is at its limit of 1000 bytes in flight"));
        first.close();
        assertThat(gate.admit(600)).isInstanceOf(IngestGate.Admitted.class);
    }

    @Test
    void refusesRowsBeyondTheLimitButLetsALoneRequestThrough() {
        IngestGate.Permit first = admitted(10);
        IngestGate.Permit second = admitted(10);

        assertThat(first.tryAddRows(150)).isTrue();
        assertThat(second.tryAddRows(1)).isFalse();
        first.close();
        assertThat(second.tryAddRows(60)).isTrue();
        assertThat(gate.rowsInFlight()).isEqualTo(60);
    }

    @Test
    void refusesABodyLargerThanTheWholeBudgetAsTooLarge() {
        assertThat(gate.admit(1001)).isInstanceOf(IngestGate.TooLarge.class);
        assertThat(gate.bytesInFlight()).isZero();
    }

    @Test
    void givesEverythingBackOnceAndOnlyOnce() {
        IngestGate.Permit p = admitted(300);
        p.tryAddRows(40);

        p.close();
        p.close();

        assertThat(gate.bytesInFlight()).isZero();
        assertThat(gate.rowsInFlight()).isZero();
        assertThatThrownBy(() -> p.tryAddRows(1)).hasMessageContaining("released");
    }
}
