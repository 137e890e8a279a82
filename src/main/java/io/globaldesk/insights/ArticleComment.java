package io.globaldesk.insights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A comment of an agent on a knowledge article; {@code mentions} are the agents it named with @. */
public record ArticleComment(UUID id, long articleId, String authorName, String body, List<CaseReview.Mention> mentions,
                             Instant createdAt) {
}
