package io.globaldesk.telemetry.web;

import io.globaldesk.telemetry.QualityDimension;
import io.globaldesk.telemetry.QualityGroup;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import io.globaldesk.telemetry.TelemetryStore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The world view's data: quality over the last {@code minutes} broken down by one dimension within a filter (region,
 * then ISP, edge node, platform, SDK version). At {@code /api/v1/quality/breakdown} and, for the page's script, at
 * {@code /quality/data/breakdown}. Served from the per-minute aggregates (see {@link TelemetryStore#qualityByMinutes}),
 * so a refresh reads a few thousand rollup rows instead of every raw sample of the window; the window ends at the last
 * whole minute. {@code source=RAW} asks for the figures of the raw samples instead (window ending now, sessions and
 * users counted over the whole window, true percentiles; see {@link TelemetryStore#qualityBy} for how a long window's
 * closed minutes are read). Staff only.
 */
@RestController
class QualityApi {

    /** One row: {@code freezeRatePct} is the mean received video freeze rate. */
    record Row(String key, long samples, long sessions, long users, Double mos, Double lossP95, Double rttP95,
               Double freezeRatePct, Double audioFreezePct, Double jitterP95) {
        static Row of(QualityGroup g) {
            QualityStats s = g.stats();
            return new Row(g.key(), s.samples(), s.sessions(), s.users(), s.mosAvg(), s.lossP95(), s.rttP95(),
                    s.videoFreezeAvg(), s.audioFreezeAvg(), s.jitterP95());
        }
    }

    /** Where the figures come from: raw samples (exact, for short live windows) or the per-minute aggregates. */
    enum Source { RAW, AGGREGATES }

    record Breakdown(String by, Instant from, Instant to, Source source, List<Row> rows) {
    }

    private final TelemetryStore store;
    private final Clock clock;

    QualityApi(TelemetryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping({"/api/v1/quality/breakdown", "/quality/data/breakdown"})
    @PreAuthorize("hasRole('AGENT')")
    Breakdown breakdown(@RequestParam(defaultValue = "REGION") QualityDimension by,
                        @RequestParam(required = false) @Size(max = 200) String region,
                        @RequestParam(required = false) @Size(max = 200) String isp,
                        @RequestParam(required = false) @Size(max = 200) String edgeNode,
                        @RequestParam(required = false) @Size(max = 200) String appId,
                        @RequestParam(required = false) @Size(max = 200) String platform,
                        @RequestParam(required = false) @Size(max = 200) String sdkVersion,
                        @RequestParam(required = false) Instant at,
                        @RequestParam(defaultValue = "15") @Min(1) @Max(1440) int minutes,
                        @RequestParam(required = false) Source source) {
        Instant to = at != null ? at : clock.instant();
        Instant from = to.minusSeconds(60L * minutes);
        QualityScope filter = new QualityScope(blank(region), blank(isp), blank(edgeNode), blank(appId), blank(platform),
                blank(sdkVersion));
        Source used = source != null ? source : Source.AGGREGATES;
        if (used == Source.AGGREGATES) {
            Instant end = to.truncatedTo(ChronoUnit.MINUTES);
            Instant start = end.minusSeconds(60L * minutes);
            return new Breakdown(by.name(), start, end, used,
                    store.qualityByMinutes(by, filter, start, end).stream().map(Row::of).toList());
        }
        return new Breakdown(by.name(), from, to, used,
                store.qualityBy(by, filter, from, to).stream().map(Row::of).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
