package io.globaldesk.diagnosis;

import io.globaldesk.diagnosis.Samples.Link;
import io.globaldesk.telemetry.QualitySample;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.globaldesk.diagnosis.Samples.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionDiagnosticianTests {

    private final SessionDiagnostician diagnostician = new SessionDiagnostician();

    @Test
    void blamesTheEdgeWhenEveryIspOnItSuffersAtTheSameTime() {
        List<QualitySample> samples = new ArrayList<>(call("s-1", "u-1", "KDDI", "edge-tyo-1", Link.lossy(10), 60));
        samples.addAll(call("s-1", "u-2", "NTT", "edge-tyo-2", Link.healthy().receiving(20, 9), 60));
        for (int i = 0; i < 8; i++) {
            samples.addAll(call("other-" + i, "v-" + i, i % 2 == 0 ? "NTT" : "SoftBank", "edge-tyo-1", Link.lossy(9), 60));
            samples.addAll(call("other-k" + i, "k-" + i, "KDDI", "edge-tyo-2", Link.healthy(), 60));
        }
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(samples);

        Diagnosis diagnosis = diagnostician.diagnose("s-1", "u-1", input);

        assertThat(diagnosis.segment()).isEqualTo(Segment.EDGE_NODE);
        assertThat(diagnosis.sessionId()).isEqualTo("s-1");
        assertThat(diagnosis.userId()).isEqualTo("u-1");
        assertThat(diagnosis.confidence()).isBetween(0.5, 0.99);
        assertThat(diagnosis.evidence()).extracting(Evidence::scope).contains(EvidenceScope.USER, EvidenceScope.EDGE_COHORT);
        assertThat(diagnostician.diagnose("s-1", "u-2", input).segment())
                .as("the healthy peer receives the edge's damage through u-1").isEqualTo(Segment.REMOTE_PEER);
    }

    @Test
    void coworkersInTheSameCallDoNotCountAsAnIspCohort() {
        List<QualitySample> samples = new ArrayList<>();
        for (int i = 0; i < 6; i++) samples.addAll(call("office", "u-" + i, "KDDI", "edge-tyo-1", Link.lossy(12), 60));
        for (int i = 0; i < 6; i++) samples.addAll(call("other-" + i, "k-" + i, "KDDI", "edge-tyo-2", Link.healthy(), 60));
        Diagnosis diagnosis = diagnostician.diagnose("office", "u-0", new InMemoryDiagnosisInput(samples));

        assertThat(diagnosis.segment()).isEqualTo(Segment.LOCAL_NETWORK);
    }

    @Test
    void cohortsAreMeasuredOverThePaddedSpanWidenedToWholeMinutes() {
        List<QualitySample> samples = new ArrayList<>(call("s-1", "u-1", "KDDI", "edge-tyo-1", Link.healthy(), 60));
        InMemoryDiagnosisInput memory = new InMemoryDiagnosisInput(samples);
        List<Instant> windows = new ArrayList<>();
        // every question goes to the samples in memory; the cohorts' windows are noted on the way
        DiagnosisInput recording = (DiagnosisInput) Proxy.newProxyInstance(DiagnosisInput.class.getClassLoader(),
                new Class<?>[] {DiagnosisInput.class}, (proxy, method, args) -> {
                    if (method.getName().endsWith("Cohort")) windows.addAll(List.of((Instant) args[2], (Instant) args[3]));
                    return method.invoke(memory, args);
                });
        DiagnosisThresholds padded = new DiagnosisThresholds(5, 400, 50, 5, 3, 90, 12, 5, Duration.ofSeconds(90));

        new SessionDiagnostician(padded).diagnose("s-1", "u-1", recording);

        // samples from T0 to T0 + 118 s, padded by 90 s: 02:58:30 .. 03:03:28, out to 02:58 .. 03:04 (end inclusive)
        Instant from = Samples.T0.minusSeconds(120), to = Samples.T0.plusSeconds(240).minusMillis(1);
        assertThat(windows).containsExactly(from, to, from, to);
    }

    @Test
    void thresholdsAreConfigurable() {
        List<QualitySample> samples = new ArrayList<>(call("s-1", "u-1", "KDDI", "edge-tyo-1", Link.lossy(6), 60));
        samples.addAll(call("s-1", "u-2", "KDDI", "edge-tyo-1", Link.healthy(), 60));
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(samples);
        DiagnosisThresholds lenient = new DiagnosisThresholds(8, 400, 50, 15, 10, 90, 12, 5, Duration.ofMinutes(5));

        assertThat(diagnostician.diagnose("s-1", "u-1", input).segment()).isEqualTo(Segment.LOCAL_NETWORK);
        assertThat(new SessionDiagnostician(lenient).diagnose("s-1", "u-1", input).segment()).isEqualTo(Segment.NO_ISSUE);
    }

    @Test
    void refusesAUserWithoutSamplesInTheSession() {
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(call("s-1", "u-1", "KDDI", "edge-tyo-1", Link.healthy(), 5));

        assertThatThrownBy(() -> diagnostician.diagnose("s-1", "u-9", input))
                .isInstanceOf(SessionUserNotFoundException.class)
                .hasMessageContaining("u-9").hasMessageContaining("s-1");
    }

    @Test
    void aCallAloneWithMissingMetricsIsNoIssue() {
        QualitySample bare = new QualitySample(Samples.T0, "app-1", "s-1", "u-1", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        Diagnosis diagnosis = diagnostician.diagnose("s-1", "u-1", new InMemoryDiagnosisInput(List.of(bare)));

        assertThat(diagnosis.segment()).isEqualTo(Segment.NO_ISSUE);
    }
}
