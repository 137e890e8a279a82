package io.globaldesk.alerting;

public enum IncidentStatus { FIRING, RESOLVED }
