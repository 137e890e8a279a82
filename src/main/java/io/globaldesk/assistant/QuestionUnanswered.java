package io.globaldesk.assistant;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's question the assistant could not answer with confidence, or whose answer was voted down: the raw material
 * of documentation gaps.
 *
 * @param reason {@code NO_ANSWER} or {@code DOWNVOTED}
 */
public record QuestionUnanswered(UUID conversationId, UUID organizationId, String question, String language, String reason,
                                 Instant askedAt) {
}
