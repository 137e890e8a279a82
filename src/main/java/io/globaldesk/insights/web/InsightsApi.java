package io.globaldesk.insights.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.globaldesk.insights.ArticleDraft;
import io.globaldesk.insights.DocGap;
import io.globaldesk.insights.DocGaps;
import io.globaldesk.insights.Satisfaction;
import io.globaldesk.insights.Topic;
import io.globaldesk.insights.TopicTrends;
import io.globaldesk.insights.Topics;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The insights dashboard's data: topics, trends, satisfaction and documentation gaps. Staff only. */
@RestController
@RequestMapping("/api/v1/insights")
@PreAuthorize("hasRole('AGENT')")
class InsightsApi {

    private final Topics topics;
    private final Satisfaction satisfaction;
    private final DocGaps gaps;
    private final Clock clock;

    InsightsApi(Topics topics, Satisfaction satisfaction, DocGaps gaps, Clock clock) {
        this.topics = topics;
        this.satisfaction = satisfaction;
        this.gaps = gaps;
        this.clock = clock;
    }

    @GetMapping("/topics")
    List<Topic> topics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String language) {
        Periods p = Periods.of(from, to, clock);
        return topics.topics(p.from(), p.to(), language);
    }

    @GetMapping("/rising")
    TopicTrends.Rising rising(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        return topics.rising(p.from(), p.to());
    }

    @GetMapping("/category-trends")
    List<TopicTrends.CategoryWeek> categories(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        return topics.categoryTrends(p.from(), p.to());
    }

    @GetMapping("/sdk-mentions")
    TopicTrends.Mentions mentions(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        return topics.mentions(p.from(), p.to());
    }

    @GetMapping("/satisfaction")
    List<Satisfaction.Csat> satisfaction(@RequestParam(defaultValue = "REGION") String by,
                                         @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        return satisfaction.by(dimension(by), p.from(), p.to());
    }

    @GetMapping("/satisfaction/comments")
    List<Satisfaction.Comment> comments(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        @RequestParam(defaultValue = "5") int maxScore, @RequestParam(defaultValue = "20") int limit) {
        Periods p = Periods.of(from, to, clock);
        if (maxScore < 1 || maxScore > 5) throw new InvalidInputException("maxScore", "must be between 1 and 5");
        return satisfaction.comments(p.from(), p.to(), maxScore, Math.max(1, Math.min(limit, 200)));
    }

    /** An organization's weekly satisfaction; a customer may read its own organization's. */
    @GetMapping("/organizations/{id}/satisfaction-trend")
    @PreAuthorize("isAuthenticated()")
    List<Satisfaction.WeekScore> trend(@PathVariable UUID id, @RequestParam(defaultValue = "12") int weeks) {
        if (!Actor.current().canSee(id)) throw new NotFoundException("organization", id);
        return satisfaction.trendOf(id, weeks);
    }

    /** Recommendations: earlier tickets of the same problem (those of the last 28 days). */
    @GetMapping("/tickets/{id}/related")
    List<UUID> related(@PathVariable UUID id, @RequestParam(defaultValue = "5") int limit) {
        return topics.relatedTickets(id, limit);
    }

    @GetMapping("/doc-gaps")
    List<DocGap> gaps(@RequestParam(required = false) String language, @RequestParam(defaultValue = "50") int limit) {
        return gaps.top(language, limit);
    }

    @GetMapping("/doc-gaps/{id}/draft")
    ArticleDraft draft(@PathVariable long id) {
        return gaps.draft(id);
    }

    private static Satisfaction.Dimension dimension(String by) {
        try {
            return Satisfaction.Dimension.valueOf(by.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("by", "is one of REGION, CENTER, CATEGORY, AGENT, WEEK, ORGANIZATION");
        }
    }
}
