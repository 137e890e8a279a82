package io.globaldesk.insights;

import java.util.UUID;

/** An agent was @mentioned in a comment on a case review; the notification module tells them. */
public record AgentMentioned(UUID agentId, UUID reviewId, UUID commentId) {
}
