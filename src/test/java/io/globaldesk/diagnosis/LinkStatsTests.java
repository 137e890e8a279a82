package io.globaldesk.diagnosis;

import io.globaldesk.diagnosis.Samples.Link;
import io.globaldesk.telemetry.QualitySample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.globaldesk.diagnosis.Samples.call;
import static org.assertj.core.api.Assertions.assertThat;

class LinkStatsTests {

    @Test
    void aFewSpikesDoNotPaintAWholeCallButSustainedLossCounts() {
        List<QualitySample> samples = new ArrayList<>(call("s", "u", "NTT", "e", Link.healthy(), 95));
        samples.addAll(call("s", "u", "NTT", "e", new Link(900, 20, 120, 40, 20, 5, 99), 5));

        LinkStats stats = LinkStats.of(samples);

        assertThat(stats.rttMs()).as("median RTT").isEqualTo(40);
        assertThat(stats.jitterMs()).as("median jitter").isEqualTo(6);
        assertThat(stats.lossPct()).as("mean loss, the worse of up and down").isCloseTo(0.95 * 0.4 + 0.05 * 20, within());
        assertThat(stats.samples()).isEqualTo(100);
    }

    @Test
    void missingMetricsStayMissing() {
        QualitySample bare = new QualitySample(Samples.T0, "a", "s", "u", null, null, null, null, null, null, null, null,
                null, null, 2.0, null, null, null, null, null, null, null, null);

        LinkStats stats = LinkStats.of(List.of(bare));

        assertThat(stats.rttMs()).isNaN();
        assertThat(stats.cpuSystemPct()).isNaN();
        assertThat(stats.lossPct()).as("only downlink was reported").isEqualTo(2);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
