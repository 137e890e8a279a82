package io.globaldesk.insights;

import java.time.Instant;

/**
 * Questions customers ask that the documentation does not answer, paraphrases grouped by meaning.
 *
 * @param question the group's representative question (the first asked)
 */
public record DocGap(long id, String question, String language, int count, Instant lastAskedAt) {
}
