package io.globaldesk.insights.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.globaldesk.insights.ArticleDraft;
import io.globaldesk.insights.CaseReview;
import io.globaldesk.insights.CaseReviews;
import io.globaldesk.insights.DocGap;
import io.globaldesk.insights.DocGaps;

import io.globaldesk.insights.FeedbackItems;
import io.globaldesk.insights.Satisfaction;
import io.globaldesk.insights.Topic;
import io.globaldesk.insights.TopicTrends;
import io.globaldesk.insights.Topics;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The insights dashboard. Its charts load their data from {@code /insights/data/*}: the same figures as the API, read
 * with the signed-in session (the API takes bearer tokens only), and no inline scripts under the CSP.
 */
@Controller
@RequestMapping("/insights")
@PreAuthorize("hasRole('AGENT')")
class InsightsPages {

    /** A feedback item with its team and status in the reader's language. */
    record ItemView(String title, String ownerTeamName, String statusName, int evidenceCount) {
    }

    private final Topics topics;
    private final Satisfaction satisfaction;
    private final DocGaps gaps;
    private final FeedbackItems items;
    private final CaseReviews reviews;
    private final MessageSource messages;
    private final Clock clock;

    InsightsPages(Topics topics, Satisfaction satisfaction, DocGaps gaps, FeedbackItems items, CaseReviews reviews,
                  MessageSource messages, Clock clock) {
        this.topics = topics;
        this.satisfaction = satisfaction;
        this.gaps = gaps;
        this.items = items;
        this.reviews = reviews;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String dashboard() {
        return "insights/dashboard";
    }

    @GetMapping("/data/topics")
    @ResponseBody
    List<Topic> topics(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        return topics.topics(p.from(), p.to(), null);
    }

    @GetMapping("/data/rising")
    @ResponseBody
    TopicTrends.Rising rising(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        return topics.rising(p.from(), p.to());
    }

    @GetMapping("/data/category-trends")
    @ResponseBody
    List<TopicTrends.CategoryWeek> categories(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        return topics.categoryTrends(p.from(), p.to());
    }

    @GetMapping("/data/sdk-mentions")
    @ResponseBody
    TopicTrends.Mentions mentions(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        return topics.mentions(p.from(), p.to());
    }

    @GetMapping("/data/satisfaction/{by}")
    @ResponseBody
    List<Satisfaction.Csat> satisfaction(@PathVariable String by, @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
        Periods p = Periods.of(from, to, clock);
        Satisfaction.Dimension dimension = "center".equals(by) ? Satisfaction.Dimension.CENTER : Satisfaction.Dimension.REGION;
        return satisfaction.by(dimension, p.from(), p.to());
    }

    @GetMapping("/data/doc-gaps")
    @ResponseBody
    List<DocGap> gaps() {
        return gaps.top(null, 50);
    }

    @GetMapping("/data/doc-gaps/{id}/draft")
    @ResponseBody
    ArticleDraft draft(@PathVariable long id) {
        return gaps.draft(id);
    }

    @GetMapping("/data/feedback-items")
    @ResponseBody
    List<ItemView> feedback() {
        Locale locale = LocaleContextHolder.getLocale();
        return items.list(null, null, 100).stream().map(i -> new ItemView(i.title(),
                messages.getMessage("insights.team." + i.ownerTeam(), null, locale),
                messages.getMessage("insights.status." + i.status(), null, locale), i.evidenceCount())).toList();
    }

    @GetMapping("/data/feedback-items.csv")
    ResponseEntity<String> csv() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"feedback-items.csv\"")
                .body(items.csv(null, null));
    }

    @GetMapping("/data/case-reviews")
    @ResponseBody
    List<CaseReview> reviews() {
        return reviews.recent(20);
    }

}
