package io.globaldesk.diagnosis;

import io.globaldesk.diagnosis.Samples.Link;
import io.globaldesk.telemetry.QualitySample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.globaldesk.diagnosis.Samples.T0;
import static io.globaldesk.diagnosis.Samples.call;
import static org.assertj.core.api.Assertions.assertThat;

class InMemoryDiagnosisInputTests {

    private static final Link FAST = new Link(20, 1, 5, 0, 0, 30, 30);
    private static final Link SLOW = new Link(300, 9, 40, 0, 0, 30, 30);

    @Test
    void ispCohortLeavesOutTheDiagnosedSessionAndSamplesOutsideTheWindow() {
        List<QualitySample> samples = new ArrayList<>(call("mine", "u-1", "KDDI", "edge-tyo-1", SLOW, 10));
        samples.addAll(call("a", "u-2", "KDDI", "edge-tyo-1", FAST, 10));
        samples.addAll(call("b", "u-3", "KDDI", "edge-tyo-2", FAST, 10));
        samples.addAll(call("c", "u-4", "NTT", "edge-tyo-1", SLOW, 10));
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(samples);

        CohortStats cohort = input.ispCohort("ap-northeast", "KDDI", T0, T0.plusSeconds(9), "mine");

        assertThat(cohort.userCount()).isEqualTo(2);
        assertThat(cohort.sessionCount()).isEqualTo(2);
        assertThat(cohort.sampleCount()).as("5 samples each within the first 9 s").isEqualTo(10);
        assertThat(cohort.rttMedianMs()).isEqualTo(20);
        assertThat(cohort.lossMedianPct()).as("the worse of uplink and downlink").isEqualTo(1);
    }

    @Test
    void edgeCohortLeavesOutTheDiagnosedUsersIsp() {
        List<QualitySample> samples = new ArrayList<>(call("a", "u-2", "KDDI", "edge-tyo-1", FAST, 10));
        samples.addAll(call("c", "u-4", "NTT", "edge-tyo-1", SLOW, 10));
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(samples);

        CohortStats cohort = input.edgeCohort("edge-tyo-1", "KDDI", T0, T0.plusSeconds(60), "mine");

        assertThat(cohort.userCount()).isEqualTo(1);
        assertThat(cohort.rttMedianMs()).isEqualTo(300);
        assertThat(cohort.jitterP90Ms()).isEqualTo(40);
    }

    @Test
    void quantilesAreNearestRankOverAllSamples() {
        List<QualitySample> samples = new ArrayList<>();
        for (int i = 1; i <= 10; i++) samples.addAll(call("s" + i, "u" + i, "KDDI", "e", new Link(10 * i, i, 1, 0, 0, 30, 30), 1));
        CohortStats cohort = new InMemoryDiagnosisInput(samples).ispCohort("ap-northeast", "KDDI", T0, T0, "none");

        assertThat(cohort.rttMedianMs()).isEqualTo(50);
        assertThat(cohort.rttP90Ms()).isEqualTo(90);
        assertThat(cohort.lossP90Pct()).isEqualTo(9);
    }

    @Test
    void unknownGroupsAndEmptyWindowsGiveTheEmptyCohort() {
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(call("a", "u-2", "KDDI", "edge-tyo-1", FAST, 10));

        assertThat(input.ispCohort("eu-west", "KDDI", T0, T0.plusSeconds(60), "x")).isEqualTo(CohortStats.EMPTY);
        assertThat(input.edgeCohort("edge-tyo-1", "NTT", T0.minusSeconds(60), T0.minusSeconds(1), "x"))
                .isEqualTo(CohortStats.EMPTY);
    }

    @Test
    void peersAreEveryoneElseInTheSession() {
        List<QualitySample> samples = new ArrayList<>(call("a", "u-1", "KDDI", "edge-tyo-1", FAST, 3));
        samples.addAll(call("a", "u-2", "NTT", "edge-tyo-1", FAST, 4));
        samples.addAll(call("b", "u-3", "NTT", "edge-tyo-1", FAST, 5));
        InMemoryDiagnosisInput input = new InMemoryDiagnosisInput(samples);

        assertThat(input.peerSamples("a", "u-1")).hasSize(4).allSatisfy(s -> assertThat(s.userId()).isEqualTo("u-2"));
        assertThat(input.userSamples("a", "u-1")).hasSize(3);
        assertThat(input.userSamples("zzz", "u-1")).isEmpty();
    }
}
