package io.globaldesk.assistant;

import java.util.List;
import java.util.Objects;

/**
 * One locale of a public article as the assistant reads it to compose an answer: Markdown body plus the attributes that
 * steer ranking (category, tags, platforms).
 */
public record AssistantArticle(long articleId, String externalId, String locale, String title, String markdown,
                               String category, List<String> tags, List<String> platforms) {

    public AssistantArticle {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        markdown = markdown == null ? "" : markdown;
        tags = List.copyOf(tags == null ? List.of() : tags);
        platforms = List.copyOf(platforms == null ? List.of() : platforms);
    }
}
