/**
 * Service-level agreements: first-response and resolution targets per Severity × Tier, due times computed in business or
 * 24×7 time, clocks that pause while the customer is asked something, warnings at 80 % and escalation at breach, and the
 * attainment report by center, severity and tier.
 */
package io.globaldesk.sla;
