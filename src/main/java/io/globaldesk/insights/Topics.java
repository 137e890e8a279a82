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

    private record Snapshot(Instant computedAt, List<TopicModel.Analysed> docs, List<CategoryWeek> categories,
                            Mentions mentions, List<TopicModel.Found>[] topics) {
    }

    private final TicketFacts facts;
    private final GapRepository questions;
    private final TopicModel model;
    private final Clock clock;
    private final Map<Period, Snapshot> snapshots = new ConcurrentHashMap<>();

    Topics(TicketFacts facts, GapRepository questions, Clock clock,
           @Value("${globaldesk.insights.cluster-sample-cap:2000}") int sampleCap) {
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
        Duration length = Duration.between(p[0], p[1]);
        for (Period period : List.of(new Period(p[0].minus(length), p[0]), new Period(p[0], p[1]))) {
            Snapshot fresh = load(period, clock.instant());
            found(fresh);
            snapshots.put(period, fresh);
        }
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
        List<TopicModel.Analysed> current = snapshot(from, to).docs();
        List<TopicModel.Analysed> previous = snapshot(from.minus(length), from).docs();
        return new Rising(TopicModel.risingTerms(current, previous, 5, 30),
                TopicModel.risingTopics(found(from, to), current, previous));
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
        return TopicModel.similar(self.words(), self.language(), ticket, snapshot(p[0], p[1]).docs(), Math.max(1, Math.min(limit, 50)));
    }

    public List<CategoryWeek> categoryTrends(Instant from, Instant to) {
        return snapshot(from, to).categories();
    }

    public Mentions mentions(Instant from, Instant to) {
        return snapshot(from, to).mentions();
    }

    private List<TopicModel.Found> found(Instant from, Instant to) {
        return found(snapshot(from, to));
    }

    private List<TopicModel.Found> found(Snapshot s) {
        synchronized (s) {
            if (s.topics()[0] == null) s.topics()[0] = model.topics(s.docs(), MAX_TOPICS);
            return s.topics()[0];
        }
    }

    static void checkPeriod(Instant from, Instant to) {
        if (from == null || to == null) throw new InvalidInputException("from", "from and to are both required");
        if (!from.isBefore(to)) throw new InvalidInputException("to", "must be after from");
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) throw new InvalidInputException("to", "a period spans at most 400 days");
    }

    private Snapshot snapshot(Instant from, Instant to) {
        checkPeriod(from, to);
        Instant now = clock.instant();
        snapshots.entrySet().removeIf(e -> e.getValue().computedAt().plus(KEEP).isBefore(now));
        return snapshots.computeIfAbsent(new Period(from, to), p -> load(p, now));
    }

    @SuppressWarnings("unchecked")
    private Snapshot load(Period p, Instant now) {
        List<TopicModel.Doc> docs = new ArrayList<>();
        Map<LocalDate, Map<String, Integer>> weeks = new TreeMap<>();
        Map<String, Integer> platforms = new java.util.HashMap<>();
        Map<String, Integer> versions = new java.util.HashMap<>();
        facts.createdBetween(p.from(), p.to(), f -> {
            if (f.status() == io.globaldesk.ticket.TicketStatus.MERGED) return;
            docs.add(new TopicModel.Doc(f.id(), f.language(), f.subject(), f.firstMessage()));
            LocalDate week = f.createdAt().atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfAbsent(week, w -> new TreeMap<>()).merge(f.category(), 1, Integer::sum);
            SdkMentions.find(f.subject() + "\n" + (f.firstMessage() == null ? "" : f.firstMessage())).ifPresent(m -> {
                if (m.platform() != null) platforms.merge(m.platform(), 1, Integer::sum);
                if (m.version() != null) versions.merge((m.platform() == null ? "" : m.platform() + " ") + m.version(), 1, Integer::sum);
            });
        });
        for (GapRepository.Question q : questions.askedBetween(p.from(), p.to())) {
            docs.add(new TopicModel.Doc(null, q.language(), q.question(), ""));
        }
        List<CategoryWeek> categories = new ArrayList<>();
        weeks.forEach((week, counts) -> counts.forEach((category, n) -> categories.add(new CategoryWeek(week, category, n))));
        return new Snapshot(now, TopicModel.analyse(docs), categories, new Mentions(ranked(platforms), ranked(versions)),
                new List[1]);
    }

    private static List<Mention> ranked(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> new Mention(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Mention::count).reversed().thenComparing(Mention::name)).limit(20).toList();
    }
}
