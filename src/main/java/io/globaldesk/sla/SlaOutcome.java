package io.globaldesk.sla;

import io.globaldesk.directory.Tier;
/** Whether one ticket met one SLA measure, labelled for the attainment report. */
public record SlaOutcome(String center, Severity severity, Tier tier, SlaMeasure measure, boolean met) {}
