package io.globaldesk.telemetry;

/** The two cohorts a diagnosis compares a user's link with: the user's ISP in its region, and its edge node's other ISPs. */
public record CohortLinks(CohortLink isp, CohortLink edge) {
}
