package io.globaldesk.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * A case review was published for sharing across regions; the knowledge base turns it into an internal article that
 * agents find in search and customers never see.
 */
public record CaseReviewPublished(UUID reviewId, UUID ticketId, String title, String markdown, String locale,
                                  List<String> tags) {
}
