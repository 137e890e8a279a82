package io.globaldesk.telemetry;

import java.time.Instant;

/** The quality of one scope in one event-time minute ({@code minute} is the minute's start). */
public record QualityAggregate(Instant minute, QualityScope scope, QualityStats stats) {
}
