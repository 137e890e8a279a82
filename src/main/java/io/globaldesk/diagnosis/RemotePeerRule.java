package io.globaldesk.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own link is fine, yet what they receive freezes, and another participant's link loses packets or jitters,
 * or their device is overloaded: the problem sits at the far end. The worst peer is named. A peer with only a long
 * round trip is not blamed, since delay does not freeze media.
 */
final class RemotePeerRule implements DiagnosisRule {

    @Override
    public Optional<Finding> evaluate(DiagnosisContext c) {
        double linkFine = -c.judge().poorMargin(c.user());
        double reception = c.judge().receptionBadMargin(c.user());
        if (linkFine < 0 || reception <= 0) return Optional.empty();
        String worstPeer = null;
        double worstMargin = 0;
        boolean deviceCause = false;
        for (Map.Entry<String, LinkStats> peer : c.peers().entrySet()) {
            double network = c.judge().sendsBrokenMediaMargin(peer.getValue());
            double device = c.judge().overloadMargin(peer.getValue());
            double margin = Math.max(network, device);
            if (margin > worstMargin) {
                worstPeer = peer.getKey();
                worstMargin = margin;
                deviceCause = device > network;
            }
        }
        if (worstPeer == null) return Optional.empty();
        LinkStats peer = c.peers().get(worstPeer);
        List<Evidence> evidence = new ArrayList<>(c.receptionEvidence());
        evidence.add(new Evidence("lossPct", c.user().lossPct(), c.limits().lossPoorPct(), EvidenceScope.USER));
        evidence.add(new Evidence("uplinkLossPct", peer.uplinkLossPct(), c.limits().lossPoorPct(), EvidenceScope.SESSION_PEERS));
        evidence.add(new Evidence("jitterMs", peer.jitterMs(), c.limits().jitterPoorMs(), EvidenceScope.SESSION_PEERS));
        evidence.add(new Evidence("cpuSystemPct", peer.cpuSystemPct(), c.limits().cpuSaturatedPct(), EvidenceScope.SESSION_PEERS));
        evidence.add(new Evidence("fps", peer.fps(), c.limits().fpsLow(), EvidenceScope.SESSION_PEERS));
        Map<String, Object> args = c.summaryArgs();
        args.put("peer", worstPeer);
        args.put("peerLoss", DiagnosisContext.percent(peer.uplinkLossPct()));
        args.put("peerCpu", DiagnosisContext.percent(Math.max(DiagnosisContext.orZero(peer.cpuSystemPct()),
                DiagnosisContext.orZero(peer.cpuAppPct()))));
        String key = deviceCause ? "diagnosis.summary.remote_peer_device" : "diagnosis.summary.remote_peer_network";
        return Optional.of(new Finding(Segment.REMOTE_PEER, Confidence.of(linkFine, reception, worstMargin), key, args, evidence));
    }
}
