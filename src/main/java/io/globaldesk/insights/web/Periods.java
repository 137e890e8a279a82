package io.globaldesk.insights.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.globaldesk.platform.web.InvalidInputException;

/**
 * A reporting period from query parameters: ISO-8601 instants, by default {@link io.globaldesk.insights.Topics#defaultPeriod
 * the 28 days up to the end of this hour}, the period whose results are kept warm.
 */
record Periods(Instant from, Instant to) {

    static final Duration DEFAULT = Duration.ofDays(28);

    static Periods of(String from, String to, Clock clock) {
        Instant[] fallback = io.globaldesk.insights.Topics.defaultPeriod(clock);
        Instant end = to == null || to.isBlank() ? fallback[1] : parse("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT) : parse("from", from);
        if (!start.isBefore(end)) throw new InvalidInputException("to", "must be after from");
        return new Periods(start, end);
    }

    private static Instant parse(String field, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not an ISO-8601 instant such as 2026-11-25T00:00:00Z");
        }
    }
}
