package io.globaldesk.insights;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.insights.internal.ArticleCommentRepository;
import io.globaldesk.insights.internal.MentionFinder;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents of every center discuss knowledge articles, public and internal alike, as they discuss case reviews: each
 * {@code @handle} of an active agent becomes a mention, and the mentioned agent is told ({@link AgentMentioned}).
 */
@Service
public class ArticleDiscussions {

    private final ArticleCommentRepository comments;
    private final KnowledgeBase knowledge;
    private final Agents agents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleDiscussions(ArticleCommentRepository comments, KnowledgeBase knowledge, Agents agents,
                       ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.knowledge = knowledge;
        this.agents = agents;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ArticleComment comment(long articleId, String body, String authorName) {
        requireArticle(articleId);
        List<Agent> mentioned = MentionFinder.mentioned(body, agents.active());
        Instant now = clock.instant();
        UUID id = comments.insert(articleId, authorName, body.strip(), mentioned.stream().map(Agent::id).toList(), now);
        for (Agent agent : mentioned) {
            events.publishEvent(new AgentMentioned(agent.id(), AgentMentioned.Subject.ARTICLE, Long.toString(articleId), id, authorName));
        }
        return new ArticleComment(id, articleId, authorName, body.strip(), mentioned.stream().map(ArticleDiscussions::mention).toList(), now);
    }

    /** The discussion of an article, oldest comment first. */
    public List<ArticleComment> comments(long articleId) {
        requireArticle(articleId);
        Map<UUID, Agent> byId = agents.all().stream().collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a));
        return comments.of(articleId).stream().map(c -> new ArticleComment(c.id(), c.articleId(), c.authorName(), c.body(),
                c.mentioned().stream().filter(byId::containsKey).map(byId::get).map(ArticleDiscussions::mention).toList(),
                c.createdAt())).toList();
    }

    private void requireArticle(long articleId) {
        if (knowledge.find(articleId).isEmpty()) throw new NotFoundException("article", articleId);
    }

    private static CaseReview.Mention mention(Agent a) {
        return new CaseReview.Mention(a.id(), a.name(), a.supportCenter());
    }
}
