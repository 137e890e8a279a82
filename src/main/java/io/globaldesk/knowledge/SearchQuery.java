package io.globaldesk.knowledge;

import java.util.Objects;

/** A search as typed by a user: free text (never interpreted as query syntax), the wanted locale and who asks. */
public record SearchQuery(String text, String locale, Audience audience, int limit) {

    /** Longer input is cut: a search box never needs more, and long queries only cost time. */
    public static final int MAX_CHARS = 256;
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(audience, "audience");
        KnowledgeLanguage.of(locale);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (text.length() > MAX_CHARS) {
            int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            text = text.substring(0, end);
        }
    }

    public KnowledgeLanguage language() {
        return KnowledgeLanguage.of(locale);
    }
}
