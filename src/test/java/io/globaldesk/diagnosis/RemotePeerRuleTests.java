package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.globaldesk.diagnosis.Links.*;
import static org.assertj.core.api.Assertions.assertThat;

class RemotePeerRuleTests {

    private final RemotePeerRule rule = new RemotePeerRule();

    @Test
    void namesThePeerWhoseUplinkLosesPacketsWhenTheUserReceivesFreezes() {
        var peers = Map.of("u-2", healthy(), "u-3", lossy(9), "u-4", lossy(14));
        Finding finding = rule.evaluate(context(receivingFreezes(18, 6), peers, fineCohort(30), fineCohort(30)))
                .orElseThrow();

        assertThat(finding.segment()).isEqualTo(Segment.REMOTE_PEER);
        assertThat(finding.summaryKey()).isEqualTo("diagnosis.summary.remote_peer_network");
        assertThat(finding.summaryArgs()).containsEntry("peer", "u-4");
        assertThat(finding.evidence()).anySatisfy(e -> {
            assertThat(e.scope()).isEqualTo(EvidenceScope.SESSION_PEERS);
            assertThat(e.metric()).isEqualTo("uplinkLossPct");
            assertThat(e.value()).isEqualTo(14);
        });
    }

    @Test
    void namesAnOverloadedPeerDevice() {
        var peers = Map.of("u-2", overloaded(98, 4));
        Finding finding = rule.evaluate(context(receivingFreezes(30, 8), peers, fineCohort(30), fineCohort(30)))
                .orElseThrow();

        assertThat(finding.summaryKey()).isEqualTo("diagnosis.summary.remote_peer_device");
        assertThat(finding.summaryArgs()).containsEntry("peer", "u-2");
    }

    @Test
    void staysOutWhenTheUserReceivesNoBadFreezes() {
        assertThat(rule.evaluate(context(receivingFreezes(3, 1), Map.of("u-2", lossy(12)), fineCohort(30), fineCohort(30))))
                .isEmpty();
    }

    @Test
    void staysOutWhenNoPeerHasAPoorLinkOrDevice() {
        assertThat(rule.evaluate(context(receivingFreezes(9, 4), Map.of("u-2", healthy()), fineCohort(30), fineCohort(30))))
                .isEmpty();
    }

    @Test
    void doesNotBlameAPeerWhoseOnlyFaultIsALongRoundTrip() {
        assertThat(rule.evaluate(context(receivingFreezes(9, 4), Map.of("u-2", slow(900)), fineCohort(30), fineCohort(30))))
                .isEmpty();
    }

    @Test
    void staysOutWhenTheUsersOwnLinkIsPoor() {
        assertThat(rule.evaluate(context(lossy(12), Map.of("u-2", lossy(12)), fineCohort(30), fineCohort(30)))).isEmpty();
    }
}
