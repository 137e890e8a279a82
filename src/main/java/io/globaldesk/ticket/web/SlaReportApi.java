package io.globaldesk.ticket.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.globaldesk.sla.SlaAttainmentReport;
import io.globaldesk.sla.SlaMeasure;
import io.globaldesk.ticket.SlaReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SLA attainment by center, severity and tier, for leads. Without a period: the last 30 days. */
@RestController
@PreAuthorize("hasRole('SUPPORT_LEAD')")
class SlaReportApi {

    record Share(int met, int total, double percent) {
        static Share of(SlaAttainmentReport.Attainment a) {
            return new Share(a.met(), a.total(), Math.round(a.percent() * 10) / 10.0);
        }
    }

    record MeasureReport(Share overall, Map<String, Share> byCenter, Map<String, Share> bySeverity, Map<String, Share> byTier) {
    }

    record Report(Instant from, Instant to, Map<SlaMeasure, MeasureReport> measures) {
    }

    private final SlaReports reports;
    private final Clock clock;

    SlaReportApi(SlaReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/sla")
    Report sla(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(Duration.ofDays(30));
        SlaAttainmentReport report = reports.attainment(start, end);
        Map<SlaMeasure, MeasureReport> measures = new EnumMap<>(SlaMeasure.class);
        for (SlaMeasure m : SlaMeasure.values()) {
            measures.put(m, new MeasureReport(Share.of(report.overall(m)), shares(report.byCenter(m)),
                    shares(report.bySeverity(m)), shares(report.byTier(m))));
        }
        return new Report(start, end, measures);
    }

    private static Map<String, Share> shares(Map<?, SlaAttainmentReport.Attainment> groups) {
        Map<String, Share> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(String.valueOf(k), Share.of(v)));
        return out;
    }
}
