package io.globaldesk.directory;

/** A customer's support tier; it sets SLA targets and routing preferences. */
public enum Tier { STANDARD, PREMIUM, ENTERPRISE }
