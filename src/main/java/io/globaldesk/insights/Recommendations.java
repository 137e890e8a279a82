package io.globaldesk.insights;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.globaldesk.insights.internal.SdkMentions;
import io.globaldesk.insights.internal.TextAnalysis;
import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeArticle;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.KnowledgeIndex;
import io.globaldesk.knowledge.SearchHit;
import io.globaldesk.knowledge.SearchQuery;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.ticket.TicketFact;
import io.globaldesk.ticket.TicketFacts;
import org.springframework.stereotype.Service;

/**
 * Articles worth reading: for an organization, from what its tickets of the last half year are about (their most
 * frequent words, SDK platforms and versions); next to an article or a ticket, the articles on the same subject.
 * Recommendations come from the knowledge index with the reader's audience, so customers never see internal articles;
 * the index is asked directly, not the knowledge search, because a recommendation that finds nothing is no
 * documentation gap.
 */
@Service
public class Recommendations {

    /** An article and why it is recommended: the words or the platform it matched. */
    public record Recommendation(long articleId, String externalId, String locale, String title, String reason) {
    }

    static final Duration HISTORY = Duration.ofDays(182);
    private static final int QUERY_WORDS = 6;

    private final TicketFacts facts;
    private final KnowledgeIndex index;
    private final KnowledgeBase knowledge;
    private final Clock clock;

    Recommendations(TicketFacts facts, KnowledgeIndex index, KnowledgeBase knowledge, Clock clock) {
        this.facts = facts;
        this.index = index;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** Articles for one organization, read in {@code locale}; empty when it has no recent tickets. */
    public List<Recommendation> forOrganization(UUID organization, String locale, Audience audience, int limit) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> platforms = new HashMap<>();
        Map<String, Integer> versions = new HashMap<>();
        facts.ofOrganizationSince(organization, clock.instant().minus(HISTORY), f -> learn(f, words, platforms, versions));
        if (words.isEmpty()) return List.of();
        List<String> top = top(words, QUERY_WORDS);
        Map<Long, Recommendation> found = new LinkedHashMap<>();
        String platform = top(platforms, 1).stream().findFirst().orElse(null);
        String version = top(versions, 1).stream().findFirst().orElse(null);
        if (platform != null) add(found, platform + " " + String.join(" ", top.subList(0, Math.min(3, top.size()))), platform, locale, audience, limit);
        if (version != null) add(found, version + " " + String.join(" ", top.subList(0, Math.min(3, top.size()))), version, locale, audience, limit);
        add(found, String.join(" ", top), String.join(", ", top.subList(0, Math.min(3, top.size()))), locale, audience, limit);
        return found.values().stream().limit(Math.clamp(limit, 1, 20)).toList();
    }

    /** Articles on the same subject as article {@code articleId}, without it. */
    public List<Recommendation> relatedToArticle(long articleId, String locale, Audience audience, int limit) {
        KnowledgeArticle article = knowledge.find(articleId).filter(a -> a.visibleTo(audience))
                .orElseThrow(() -> new NotFoundException("article", articleId));
        KnowledgeArticle.Localized text = article.readableIn(locale);
        Map<Long, Recommendation> found = new LinkedHashMap<>();
        found.put(articleId, null);
        add(found, text.title() + " " + String.join(" ", article.tags()), text.title(), locale, audience, limit + 1);
        found.remove(articleId);
        return found.values().stream().limit(Math.clamp(limit, 1, 20)).toList();
    }

    /** Articles on the subject of a ticket the caller may see (the caller checks that). */
    public List<Recommendation> relatedToTicket(TicketFact ticket, String locale, Audience audience, int limit) {
        String words = String.join(" ", TextAnalysis.words(ticket.language(), SdkMentions.strip(ticket.subject() + "\n"
                + (ticket.firstMessage() == null ? "" : ticket.firstMessage()))).stream().distinct().limit(12).toList());
        Map<Long, Recommendation> found = new LinkedHashMap<>();
        add(found, words, ticket.subject(), locale, audience, limit);
        return found.values().stream().limit(Math.clamp(limit, 1, 20)).toList();
    }

    private static void learn(TicketFact f, Map<String, Integer> words, Map<String, Integer> platforms, Map<String, Integer> versions) {
        String text = f.subject() + "\n" + (f.firstMessage() == null ? "" : f.firstMessage());
        for (String w : new java.util.HashSet<>(TextAnalysis.words(f.language(), SdkMentions.strip(text)))) words.merge(w, 1, Integer::sum);
        SdkMentions.find(text).ifPresent(m -> {
            if (m.platform() != null) platforms.merge(m.platform(), 1, Integer::sum);
            if (m.version() != null) versions.merge(m.version(), 1, Integer::sum);
        });
    }

    private void add(Map<Long, Recommendation> found, String query, String reason, String locale, Audience audience, int limit) {
        if (query.isBlank()) return;
        for (SearchHit h : index.search(new SearchQuery(query.strip(), locale, audience, Math.clamp(limit, 1, 20)))) {
            found.putIfAbsent(h.articleId(), new Recommendation(h.articleId(), h.externalId(), h.locale(), h.title(), reason));
        }
    }

    private static List<String> top(Map<String, Integer> counts, int n) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().limit(n).map(Map.Entry::getKey).toList();
    }
}
