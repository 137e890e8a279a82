package io.globaldesk.sla;

/** The two clocks every ticket runs. */
public enum SlaMeasure { FIRST_RESPONSE, RESOLUTION }
