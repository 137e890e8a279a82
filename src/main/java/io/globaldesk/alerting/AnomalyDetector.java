package io.globaldesk.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Causal anomaly detector: each point is compared with a robust baseline learned from the points before it (hour-of-week
 * or hour-of-day profiles once enough periods are seen and they predict better, a recent median/MAD window until then),
 * and a two-sided CUSUM on the robust z-scores catches level shifts. Point and change-point evidence are combined into one
 * score in 0..1 whose 0.5 mark is the decision threshold.
 */
public final class AnomalyDetector {
    private final DetectorSettings settings;

    public AnomalyDetector(DetectorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "detector settings are required");
    }

    public DetectorSettings settings() {
        return settings;
    }

    /** A fresh streaming state for one series. */
    public SeriesState newSeries() {
        return new SeriesState(settings);
    }

    /** Scores the next point of a series; its answer depends only on this point and the ones fed before it. */
    public ScoredPoint update(SeriesState state, SeriesPoint point) {
        return state.score(point.ts(), point.value());
    }

    /** Scores a whole series in order, exactly as streaming it point by point would. */
    public List<ScoredPoint> detect(List<SeriesPoint> series) {
        Objects.requireNonNull(series, "a series is required");
        SeriesState state = newSeries();
        List<ScoredPoint> out = new ArrayList<>(series.size());
        for (SeriesPoint p : series) out.add(state.score(p.ts(), p.value()));
        return out;
    }
}
