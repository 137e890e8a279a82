package io.globaldesk.alerting.web;

import io.globaldesk.alerting.AnomalyDetector;
import io.globaldesk.alerting.ScoredPoint;
import io.globaldesk.alerting.SeriesPoint;
import io.globaldesk.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/anomaly/detect}: the general-purpose causal detector over a posted series. Each point's answer
 * depends only on it and the points before it, so a prefix of a series scores exactly as it does inside the whole.
 */
@RestController
@RequestMapping("/api/v1/anomaly")
@PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
class AnomalyApi {

    static final int MAX_POINTS = 100_000;
    private static final int MAX_ERRORS = 20;

    record PointBody(String ts, Double value) {
    }

    record DetectBody(List<PointBody> series) {
    }

    record PointView(Instant ts, double score, boolean anomaly) {
    }

    record DetectView(List<PointView> points) {
    }

    private final AnomalyDetector detector;

    AnomalyApi(AnomalyDetector detector) {
        this.detector = detector;
    }

    @PostMapping("/detect")
    DetectView detect(@RequestBody DetectBody body) {
        List<SeriesPoint> series = parse(body);
        List<ScoredPoint> scored = detector.detect(series);
        return new DetectView(scored.stream().map(p -> new PointView(p.ts(), p.score(), p.anomaly())).toList());
    }

    static List<SeriesPoint> parse(DetectBody body) {
        if (body == null || body.series() == null || body.series().isEmpty()) {
            throw new InvalidInputException("series", "must hold 1 to " + MAX_POINTS + " points");
        }
        if (body.series().size() > MAX_POINTS) {
            throw new InvalidInputException("series", "must hold at most " + MAX_POINTS + " points, had " + body.series().size());
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<SeriesPoint> points = new ArrayList<>(body.series().size());
        for (int i = 0; i < body.series().size() && errors.size() < MAX_ERRORS; i++) {
            PointBody p = body.series().get(i);
            String at = "series[" + i + "]";
            if (p == null) {
                errors.add(new InvalidInputException.FieldError(at, "must be an object {ts, value}"));
                continue;
            }
            Instant ts = null;
            if (p.ts() == null) errors.add(new InvalidInputException.FieldError(at + ".ts", "is required"));
            else {
                try {
                    ts = Instant.parse(p.ts());
                } catch (DateTimeParseException e) {
                    errors.add(new InvalidInputException.FieldError(at + ".ts", "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z"));
                }
            }
            if (p.value() == null || !Double.isFinite(p.value())) {
                errors.add(new InvalidInputException.FieldError(at + ".value", "must be a finite number"));
            }
            if (ts != null && p.value() != null && Double.isFinite(p.value())) points.add(new SeriesPoint(ts, p.value()));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return points;
    }
}
