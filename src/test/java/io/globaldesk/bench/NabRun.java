package io.globaldesk.bench;

import io.globaldesk.alerting.AnomalyDetector;
import io.globaldesk.alerting.DetectorSettings;
import io.globaldesk.alerting.ScoredPoint;
import io.globaldesk.alerting.SeriesState;
import io.globaldesk.alerting.SeriesPoint;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the detector over the NAB corpus. NAB rewards only the first detection in a window and charges every flagged row
 * outside one, so a row is reported as a detection only when it opens an anomaly episode: flagged, with no flagged row
 * among the {@code quietRows} before it. This is causal: it looks only at earlier rows.
 */
public final class NabRun {
    private final DetectorSettings settings;
    private final int quietRows;

    public NabRun(DetectorSettings settings, int quietRows) {
        this.settings = settings;
        this.quietRows = quietRows;
    }

    public List<NabScorer.ScoredFile> score(List<NabCorpus.Series> corpus) {
        List<NabScorer.ScoredFile> out = new ArrayList<>();
        for (NabCorpus.Series s : corpus) out.add(new NabScorer.ScoredFile(s.name(), s.timestamps(), scores(s), s.windows()));
        return out;
    }

    double[] scores(NabCorpus.Series s) {
        AnomalyDetector detector = new AnomalyDetector(settings);
        SeriesState state = detector.newSeries();
        double[] out = new double[s.values().length];
        int sinceFlag = Integer.MAX_VALUE;
        for (int i = 0; i < out.length; i++) {
            ScoredPoint p = detector.update(state, new SeriesPoint(s.timestamps().get(i).toInstant(ZoneOffset.UTC), s.values()[i]));
            if (p.anomaly()) {
                out[i] = sinceFlag > quietRows ? p.score() : 0;
                sinceFlag = 0;
            } else if (sinceFlag < Integer.MAX_VALUE) {
                sinceFlag++;
            }
        }
        return out;
    }
}
