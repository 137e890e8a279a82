package io.globaldesk.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a solved case teaches: its problem, root cause, resolution and lessons, shared across regions. */
public record CaseReview(UUID id, UUID ticketId, long ticketNumber, String title, String problem, String rootCause,
                         String resolution, String lessons, String locale, List<String> tags, String authorName,
                         Instant publishedAt, LocalDate caseOfWeek) {

    /** The review as the Markdown of an internal knowledge article. */
    public String markdown(String problemHeading, String causeHeading, String resolutionHeading, String lessonsHeading) {
        return "# " + title + "\n\n## " + problemHeading + "\n\n" + problem + "\n\n## " + causeHeading + "\n\n" + rootCause
                + "\n\n## " + resolutionHeading + "\n\n" + resolution + "\n\n## " + lessonsHeading + "\n\n" + lessons + "\n";
    }

    /** A comment on a case; {@code mentions} are the agents it named with @. */
    public record Comment(UUID id, UUID reviewId, String authorName, String body, List<Mention> mentions, Instant createdAt) {
    }

    public record Mention(UUID agentId, String name, String supportCenter) {
    }
}
