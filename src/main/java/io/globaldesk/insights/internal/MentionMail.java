package io.globaldesk.insights.internal;

import java.util.Locale;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.insights.AgentMentioned;
import io.globaldesk.notification.EmailMessage;
import io.globaldesk.notification.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a mentioned agent by e-mail, in the agent's first language, where the discussion is: the case review's or the
 * article's page. One e-mail per comment and agent (dedupe key), however often the event is delivered.
 */
@Component
class MentionMail {

    private final Agents agents;
    private final Notifications notifications;
    private final MessageSource messages;

    MentionMail(Agents agents, Notifications notifications, MessageSource messages) {
        this.agents = agents;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(AgentMentioned mention) {
        Agent agent = agents.find(mention.agentId()).orElse(null);
        if (agent == null || agent.email() == null || agent.email().isBlank()) return;
        Locale locale = Locale.forLanguageTag(agent.languages().isEmpty() ? "en" : agent.languages().getFirst());
        String where = switch (mention.subject()) {
            case CASE_REVIEW -> "/insights";
            case ARTICLE -> "/kb/articles/" + mention.subjectId();
        };
        String kind = messages.getMessage("insights.mention." + mention.subject(), null, locale);
        String subject = messages.getMessage("insights.mention.subject", new Object[] {mention.authorName(), kind}, locale);
        String text = messages.getMessage("insights.mention.body", new Object[] {mention.authorName(), kind, where}, locale);
        notifications.email(EmailMessage.to(agent.email(), subject, text).named(agent.name())
                .dedupedBy("insights-mention:" + mention.commentId() + ":" + agent.id()));
    }
}
