package io.globaldesk.diagnosis;

import io.globaldesk.telemetry.QualitySample;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One participant's session summed up. Loss, freezes and CPU are means (a rate over the call is what the user lived
 * through); RTT, jitter and frame rate are medians, so that a few spikes do not paint a whole call.
 */
record LinkStats(int samples, double rttMs, double lossPct, double uplinkLossPct, double downlinkLossPct,
                 double jitterMs, double videoFreezePct, double audioFreezePct, double fps,
                 double cpuAppPct, double cpuSystemPct) {

    static LinkStats of(List<QualitySample> samples) {
        double[] buffer = new double[samples.size()];
        return new LinkStats(samples.size(),
                median(samples, buffer, s -> Quantiles.value(s.rttMs())),
                mean(samples, buffer, s -> Quantiles.worseLoss(s.uplinkLossPct(), s.downlinkLossPct())),
                mean(samples, buffer, s -> Quantiles.value(s.uplinkLossPct())),
                mean(samples, buffer, s -> Quantiles.value(s.downlinkLossPct())),
                median(samples, buffer, s -> Quantiles.value(s.jitterMs())),
                mean(samples, buffer, s -> Quantiles.value(s.videoFreezeRatePct())),
                mean(samples, buffer, s -> Quantiles.value(s.audioFreezeRatePct())),
                median(samples, buffer, s -> Quantiles.value(s.fps())),
                mean(samples, buffer, s -> Quantiles.value(s.cpuAppPct())),
                mean(samples, buffer, s -> Quantiles.value(s.cpuSystemPct())));
    }

    private static double median(List<QualitySample> samples, double[] buffer, ToDoubleFunction<QualitySample> metric) {
        fill(samples, buffer, metric);
        return Quantiles.median(buffer, samples.size());
    }

    private static double mean(List<QualitySample> samples, double[] buffer, ToDoubleFunction<QualitySample> metric) {
        fill(samples, buffer, metric);
        return Quantiles.mean(buffer, samples.size());
    }

    private static void fill(List<QualitySample> samples, double[] buffer, ToDoubleFunction<QualitySample> metric) {
        for (int i = 0; i < buffer.length; i++) buffer[i] = metric.applyAsDouble(samples.get(i));
    }
}
