package io.globaldesk.insights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something product, R&D or documentation should act on, with the evidence that shows it matters.
 *
 * @param sourceRef the topic label, the documentation gap's id or the ticket's id it was created from
 */
public record FeedbackItem(UUID id, String title, String description, OwnerTeam ownerTeam, Status status,
                           SourceType sourceType, String sourceRef, List<UUID> evidenceTicketIds, int evidenceCount,
                           List<UUID> affectedOrganizationIds, String createdBy, Instant createdAt, Instant updatedAt) {

    public enum OwnerTeam { PRODUCT, RND, DOCS }

    public enum SourceType { TOPIC, GAP, TICKET }

    public enum Status {
        OPEN, PLANNED, DONE, DECLINED;

        /** Work moves forward; a done or declined item can only be re-opened. */
        public boolean canMoveTo(Status next) {
            if (next == this) return false;
            return switch (this) {
                case OPEN -> true;
                case PLANNED -> true;
                case DONE, DECLINED -> next == OPEN;
            };
        }
    }
}
