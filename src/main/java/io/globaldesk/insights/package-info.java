/**
 * The feedback loop: topics and rising themes in tickets and assistant questions, satisfaction, documentation gaps,
 * feedback items for product, R&D and docs, case reviews shared across regions, and related tickets.
 * <p>Insights owns only its own records (gaps and the questions in them, feedback items, case reviews and comments). It
 * reads tickets through the ticket module's {@link io.globaldesk.ticket.TicketFacts}, learns of unanswered questions
 * from {@link io.globaldesk.assistant.QuestionUnanswered} and {@link io.globaldesk.knowledge.SearchFoundNothing}, and
 * publishes {@link io.globaldesk.knowledge.CaseReviewPublished}, {@link io.globaldesk.insights.AgentMentioned} and
 * {@link io.globaldesk.insights.WeeklyDigestReady}. Digests leave as e-mail through the notification module's outbox.
 */
package io.globaldesk.insights;
