package io.globaldesk.diagnosis;

import java.util.List;
import java.util.Optional;

/** The network is fine but the device is saturated and its frame rate has dropped: the device cannot keep up. */
final class DeviceRule implements DiagnosisRule {

    @Override
    public Optional<Finding> evaluate(DiagnosisContext c) {
        double linkFine = -c.judge().poorMargin(c.user());
        double overload = c.judge().overloadMargin(c.user());
        if (linkFine < 0 || overload <= 0) return Optional.empty();
        LinkStats user = c.user();
        double[] fps = c.peers().values().stream().mapToDouble(LinkStats::fps).filter(f -> !Double.isNaN(f)).toArray();
        double peerFps = fps.length == 0 ? c.limits().fpsLow() : Quantiles.median(fps, fps.length);
        List<Evidence> evidence = List.of(
                new Evidence("cpuSystemPct", user.cpuSystemPct(), c.limits().cpuSaturatedPct(), EvidenceScope.DEVICE),
                new Evidence("cpuAppPct", user.cpuAppPct(), c.limits().cpuSaturatedPct(), EvidenceScope.DEVICE),
                new Evidence("fps", user.fps(), peerFps, EvidenceScope.DEVICE),
                new Evidence("lossPct", user.lossPct(), c.limits().lossPoorPct(), EvidenceScope.USER),
                new Evidence("rttMs", user.rttMs(), c.limits().rttPoorMs(), EvidenceScope.USER));
        return Optional.of(new Finding(Segment.DEVICE, Confidence.of(overload, linkFine),
                "diagnosis.summary.device", c.summaryArgs(), evidence));
    }
}
