package io.globaldesk.insights;

import java.util.UUID;

/**
 * An agent was @mentioned in a comment on a case review or a knowledge article; the agent is told by e-mail.
 *
 * @param subjectId the case review's id, or the article's id
 * @param authorName who wrote the comment
 */
public record AgentMentioned(UUID agentId, Subject subject, String subjectId, UUID commentId, String authorName) {

    /** What the discussion is about. */
    public enum Subject { CASE_REVIEW, ARTICLE }
}
