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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.ticket.TicketFact;
import io.globaldesk.ticket.TicketFacts;
import org.springframework.stereotype.Service;

/**
 * Customer satisfaction from ticket ratings: CSAT is the share of ratings of 4 or 5, beside the average score, grouped
 * by region, support center, category, agent or week, with the customers' comments.
 */
@Service
public class Satisfaction {

    public enum Dimension { REGION, CENTER, CATEGORY, AGENT, WEEK, ORGANIZATION }

    /** Ratings of one group. {@code csat} is 0..1, {@code average} 1..5. */
    public record Csat(String key, int ratings, double csat, double average) {
    }

    public record Comment(UUID ticketId, long ticketNumber, int score, String comment, Instant at) {
    }

    /** One week's satisfaction of one organization; {@code csat} is null in a week without ratings. */
    public record WeekScore(LocalDate weekStart, int ratings, Double csat, Double average) {
    }

    private final TicketFacts facts;
    private final Organizations organizations;
    private final Clock clock;

    Satisfaction(TicketFacts facts, Organizations organizations, Clock clock) {
        this.facts = facts;
        this.organizations = organizations;
        this.clock = clock;
    }

    public List<Csat> by(Dimension dimension, Instant from, Instant to) {
        Topics.checkPeriod(from, to);
        Map<UUID, Optional<Organization>> orgs = new HashMap<>();
        Function<TicketFact, String> key = switch (dimension) {
            case REGION -> f -> orgs.computeIfAbsent(f.organizationId() == null ? new UUID(0, 0) : f.organizationId(),
                    id -> f.organizationId() == null ? Optional.empty() : organizations.find(id))
                    .map(o -> o.region().name()).orElse("-");
            case ORGANIZATION -> f -> f.organizationId() == null ? "-" : f.organizationId().toString();
            case CENTER -> f -> f.supportCenter() == null ? "-" : f.supportCenter();
            case CATEGORY -> TicketFact::category;
            case AGENT -> f -> f.assigneeName() == null ? "-" : f.assigneeName();
            case WEEK -> f -> week(f.ratedAt()).toString();
        };
        Map<String, int[]> groups = new TreeMap<>();
        facts.ratedBetween(from, to, f -> add(groups.computeIfAbsent(key.apply(f), k -> new int[3]), f.satisfactionScore()));
        List<Csat> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(csat(k, v)));
        if (dimension != Dimension.WEEK) out.sort(Comparator.comparingInt(Csat::ratings).reversed().thenComparing(Csat::key));
        return out;
    }

    /** All ratings of the period as one figure. */
    public Csat overall(Instant from, Instant to) {
        Topics.checkPeriod(from, to);
        int[] all = new int[3];
        facts.ratedBetween(from, to, f -> add(all, f.satisfactionScore()));
        return csat("all", all);
    }

    /** The period's comments, newest first; {@code maxScore} keeps only ratings at or below it (e.g. 2 for complaints). */
    public List<Comment> comments(Instant from, Instant to, int maxScore, int limit) {
        Topics.checkPeriod(from, to);
        List<Comment> out = new ArrayList<>();
        facts.ratedBetween(from, to, f -> {
            if (f.satisfactionComment() != null && !f.satisfactionComment().isBlank() && f.satisfactionScore() <= maxScore) {
                out.add(new Comment(f.id(), f.number(), f.satisfactionScore(), f.satisfactionComment(), f.ratedAt()));
            }
        });
        out.sort(Comparator.comparing(Comment::at).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /**
     * An organization's weekly satisfaction over the last {@code weeks} weeks, oldest first: what its health score reads.
     */
    public List<WeekScore> trendOf(UUID organization, int weeks) {
        if (weeks < 1 || weeks > 104) throw new InvalidInputException("weeks", "must be between 1 and 104");
        LocalDate thisWeek = week(clock.instant());
        LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        Map<LocalDate, int[]> byWeek = new TreeMap<>();
        for (int i = 0; i < weeks; i++) byWeek.put(first.plusWeeks(i), new int[3]);
        facts.ratedBetween(first.atStartOfDay(ZoneOffset.UTC).toInstant(), clock.instant().plus(Duration.ofSeconds(1)), f -> {
            if (organization.equals(f.organizationId())) {
                int[] w = byWeek.get(week(f.ratedAt()));
                if (w != null) add(w, f.satisfactionScore());
            }
        });
        List<WeekScore> out = new ArrayList<>();
        byWeek.forEach((w, v) -> {
            Csat c = csat(w.toString(), v);
            out.add(new WeekScore(w, v[0], v[0] == 0 ? null : c.csat(), v[0] == 0 ? null : c.average()));
        });
        return out;
    }

    static LocalDate week(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static void add(int[] group, int score) {
        group[0]++;
        if (score >= 4) group[1]++;
        group[2] += score;
    }

    private static Csat csat(String key, int[] g) {
        if (g[0] == 0) return new Csat(key, 0, 0, 0);
        return new Csat(key, g[0], Math.round(1000.0 * g[1] / g[0]) / 1000.0, Math.round(100.0 * g[2] / g[0]) / 100.0);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
