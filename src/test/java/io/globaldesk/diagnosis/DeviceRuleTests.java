package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.globaldesk.diagnosis.Links.*;
import static org.assertj.core.api.Assertions.assertThat;

class DeviceRuleTests {

    private final DeviceRule rule = new DeviceRule();

    @Test
    void blamesTheDeviceWhenCpuIsSaturatedAndFramesDropOnAFineNetwork() {
        Finding finding = rule.evaluate(context(overloaded(97, 6), Map.of("u-2", healthy()), fineCohort(30), fineCohort(30)))
                .orElseThrow();

        assertThat(finding.segment()).isEqualTo(Segment.DEVICE);
        assertThat(finding.evidence()).anySatisfy(e -> {
            assertThat(e.metric()).isEqualTo("fps");
            assertThat(e.scope()).isEqualTo(EvidenceScope.DEVICE);
            assertThat(e.value()).isEqualTo(6);
            assertThat(e.baseline()).as("the peers' frame rate").isEqualTo(28);
        });
        assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.metric()).isEqualTo("cpuSystemPct"));
    }

    @Test
    void staysOutWhenTheCpuIsBusyButFramesKeepUp() {
        assertThat(rule.evaluate(context(overloaded(96, 25), fineCohort(30), fineCohort(30)))).isEmpty();
    }

    @Test
    void staysOutWhenFramesDropWithoutCpuSaturation() {
        assertThat(rule.evaluate(context(overloaded(70, 6), fineCohort(30), fineCohort(30)))).isEmpty();
    }

    @Test
    void leavesAPoorNetworkToTheNetworkRules() {
        LinkStats lossyAndBusy = new LinkStats(120, 90, 12, 12, 10, 30, 10, 5, 6, 80, 97);
        assertThat(rule.evaluate(context(lossyAndBusy, fineCohort(30), fineCohort(30)))).isEmpty();
    }
}
