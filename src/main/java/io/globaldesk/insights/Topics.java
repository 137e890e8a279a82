package io.globaldesk.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.globaldesk.insights.TopicTrends.CategoryWeek;
import io.globaldesk.insights.TopicTrends.Mention;
import io.globaldesk.insights.TopicTrends.Mentions;
import io.globaldesk.insights.TopicTrends.Rising;
import io.globaldesk.insights.internal.GapRepository;
import io.globaldesk.insights.internal.LingoClusterer;
import io.globaldesk.insights.internal.SdkMentions;
import io.globaldesk.insights.internal.TopicModel;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.ticket.TicketFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Topics, rising terms, category trends and SDK mentions of a period's tickets and assistant questions. A period's
 * results are kept for a few minutes: the dashboard asks for the same period several times while it loads.
 */
@Service
public class Topics {

    static final Duration MAX_PERIOD = Duration.ofDays(400);
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final int MAX_TOPICS = 15;

    private record Period(Instant from, Instant to) {
    }

    /**
     * One period's tickets and questions, read and analysed once. Its topics, SDK mentions and rising terms against
     * the period before are computed on first use (each costs seconds on a large history, and a caller asking for one
     * should not wait for the others) and live as long as the snapshot: the warm-up replaces it with a fresh one.
     */
    private static final class Snapshot {
        final Instant computedAt;
        final List<TopicModel.Analysed> docs;
        final List<CategoryWeek> categories;
        private final List<io.globaldesk.ticket.TicketFact> tickets;
        private List<TopicModel.Found> topics;
        private Mentions mentions;
        private Rising rising;

        Snapshot(Instant computedAt, List<TopicModel.Analysed> docs, List<CategoryWeek> categories,
                 List<io.globaldesk.ticket.TicketFact> tickets) {
            this.computedAt = computedAt;
            this.docs = docs;
            this.categories = categories;
            this.tickets = tickets;
        }

        synchronized Mentions mentions() {
            if (mentions == null) mentions = Topics.mentions(tickets);
            return mentions;
        }

        synchronized List<TopicModel.Found> topics(TopicModel model) {
            if (topics == null) topics = model.topics(docs, MAX_TOPICS);
            return topics;
        }

        synchronized Rising rising(TopicModel model, Snapshot previous) {
            if (rising == null) {
                rising = new Rising(TopicModel.risingTerms(docs, previous.docs, 5, 30),
                        TopicModel.risingTopics(topics(model), docs, previous.docs));
            }
            return rising;
        }
    }

    private final TicketFacts facts;
    private final GapRepository questions;
    private final TopicModel model;
    private final Clock clock;
    private final Map<Period, Snapshot> snapshots = new ConcurrentHashMap<>();

    Topics(TicketFacts facts, GapRepository questions, Clock clock,
           @Value("${globaldesk.insights.cluster-sample-cap:1000}") int sampleCap) {
        this.facts = facts;
        this.questions = questions;
        this.clock = clock;
        this.model = new TopicModel(new LingoClusterer(), sampleCap);
    }

    /** The dashboard's default period: the 28 days up to the end of the current hour (UTC). */
    public static Instant[] defaultPeriod(Clock clock) {
        Instant end = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
        return new Instant[] {end.minus(Duration.ofDays(28)), end};
    }

    /**
     * Recomputes the default period (and the one before it, for rising terms) in the background every few minutes, so
     * the dashboard never waits for clustering a large history.
     */
    @org.springframework.scheduling.annotation.Scheduled(initialDelayString = "${globaldesk.insights.warm-up-delay:PT1M}",
            fixedDelayString = "${globaldesk.insights.warm-up-every:PT5M}")
    public void warmDefaultPeriod() {
        Instant[] p = defaultPeriod(clock);
        Period previous = new Period(p[0].minus(Duration.between(p[0], p[1])), p[0]);
        Period current = new Period(p[0], p[1]);
        Snapshot before = load(previous, clock.instant());
        Snapshot fresh = load(current, clock.instant());
        fresh.rising(model, before);
        fresh.mentions();
        snapshots.put(previous, before);
        snapshots.put(current, fresh);
    }

    /** The topics of [from, to), biggest first, optionally of one language only. */
    public List<Topic> topics(Instant from, Instant to, String language) {
        List<Topic> all = found(from, to).stream().map(TopicModel.Found::topic).toList();
        if (language == null || language.isBlank()) return all;
        String wanted = io.globaldesk.insights.internal.TextAnalysis.language(language);
        return all.stream().filter(t -> t.language().equals(wanted)).toList();
    }

    /** Terms and topics of [from, to) that grew against the period of equal length just before. */
    public Rising rising(Instant from, Instant to) {
        Duration length = Duration.between(from, to);
        Snapshot current = snapshot(from, to);
        return current.rising(model, snapshot(from.minus(length), from));
    }

    /**
     * Tickets like the given one: same language, most words in common, among the tickets of the dashboard's default
     * period (kept in memory), so that an agent sees earlier cases of the same problem.
     */
    public List<java.util.UUID> relatedTickets(java.util.UUID ticket, int limit) {
        List<io.globaldesk.ticket.TicketFact> found = facts.byIds(List.of(ticket));
        if (found.isEmpty()) throw new io.globaldesk.platform.web.NotFoundException("ticket", ticket);
        io.globaldesk.ticket.TicketFact f = found.getFirst();
        TopicModel.Analysed self = TopicModel.analyse(List.of(new TopicModel.Doc(f.id(), f.language(), f.subject(), f.firstMessage()))).getFirst();
        Instant[] p = defaultPeriod(clock);
        return TopicModel.similar(self.words(), self.language(), ticket, snapshot(p[0], p[1]).docs, Math.max(1, Math.min(limit, 50)));
    }

    public List<CategoryWeek> categoryTrends(Instant from, Instant to) {
        return snapshot(from, to).categories;
    }

    public Mentions mentions(Instant from, Instant to) {
        return snapshot(from, to).mentions();
    }

    private List<TopicModel.Found> found(Instant from, Instant to) {
        return snapshot(from, to).topics(model);
    }

    static void checkPeriod(Instant from, Instant to) {
        if (from == null || to == null) throw new InvalidInputException("from", "from and to are both required");
        if (!from.isBefore(to)) throw new InvalidInputException("to", "must be after from");
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) throw new InvalidInputException("to", "a period spans at most 400 days");
    }

    private Snapshot snapshot(Instant from, Instant to) {
        checkPeriod(from, to);
        Instant now = clock.instant();
        snapshots.entrySet().removeIf(e -> e.getValue().computedAt.plus(KEEP).isBefore(now));
        return snapshots.computeIfAbsent(new Period(from, to), p -> load(p, now));
    }

    private Snapshot load(Period p, Instant now) {
        List<io.globaldesk.ticket.TicketFact> tickets = new ArrayList<>();
        facts.createdBetween(p.from(), p.to(), f -> {
            if (f.status() != io.globaldesk.ticket.TicketStatus.MERGED) tickets.add(f);
        });
        List<TopicModel.Doc> docs = new ArrayList<>(tickets.size());
        Map<LocalDate, Map<String, Integer>> weeks = new TreeMap<>();
        for (io.globaldesk.ticket.TicketFact f : tickets) {
            docs.add(new TopicModel.Doc(f.id(), f.language(), f.subject(), f.firstMessage()));
            LocalDate week = f.createdAt().atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfAbsent(week, w -> new TreeMap<>()).merge(f.category(), 1, Integer::sum);
        }
        for (GapRepository.Question q : questions.askedBetween(p.from(), p.to())) {
            docs.add(new TopicModel.Doc(null, q.language(), q.question(), ""));
        }
        List<CategoryWeek> categories = new ArrayList<>();
        weeks.forEach((week, counts) -> counts.forEach((category, n) -> categories.add(new CategoryWeek(week, category, n))));
        return new Snapshot(now, TopicModel.analyse(docs), categories, tickets);
    }

    /** Platforms and versions named by the tickets; the regular expressions run on all cores. */
    private static Mentions mentions(List<io.globaldesk.ticket.TicketFact> tickets) {
        Map<String, Integer> platforms = new java.util.HashMap<>();
        Map<String, Integer> versions = new java.util.HashMap<>();
        tickets.parallelStream().map(f -> SdkMentions.find(f.subject() + "\n" + (f.firstMessage() == null ? "" : f.firstMessage())))
                .flatMap(java.util.Optional::stream).toList().forEach(m -> {
                    if (m.platform() != null) platforms.merge(m.platform(), 1, Integer::sum);
                    if (m.version() != null) versions.merge((m.platform() == null ? "" : m.platform() + " ") + m.version(), 1, Integer::sum);
                });
        return new Mentions(ranked(platforms), ranked(versions));
    }

    private static List<Mention> ranked(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> new Mention(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Mention::count).reversed().thenComparing(Mention::name)).limit(20).toList();
    }
}
