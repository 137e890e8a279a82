package io.globaldesk.knowledge;

import java.time.Instant;

/** A knowledge-base search that found no article: a hint of missing documentation. */
public record SearchFoundNothing(String query, String locale, Instant at) {
}
