package io.globaldesk.insights;

import java.time.LocalDate;
import java.util.List;

/** What changed between a period and the one of equal length before it, and what the tickets mention. */
public final class TopicTrends {

    private TopicTrends() {
    }

    /** A word used in more of this period's texts than the previous period's, in proportion. */
    public record RisingTerm(String term, String language, int count, int previousCount, double growth) {
    }

    /** A topic of this period and how many texts of the previous period it would have held. */
    public record RisingTopic(String label, String language, int count, int previousCount, double growth) {
    }

    public record Rising(List<RisingTerm> terms, List<RisingTopic> topics) {
    }

    /** Tickets of one category created in the week starting on Monday {@code weekStart} (UTC). */
    public record CategoryWeek(LocalDate weekStart, String category, int count) {
    }

    /** How many tickets mention an SDK platform, or an SDK version (as {@code platform version} when both are named). */
    public record Mention(String name, int count) {
    }

    public record Mentions(List<Mention> platforms, List<Mention> versions) {
    }
}
