package io.globaldesk.sla;

/** The support plan an Organization pays for; it sets SLA targets and routing preferences. */
public enum Tier { STANDARD, PREMIUM, ENTERPRISE }
