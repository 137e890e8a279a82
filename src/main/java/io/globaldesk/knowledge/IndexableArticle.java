package io.globaldesk.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as the search index sees it: shared attributes plus one entry per locale, each indexed as its own document.
 * Bodies are plain text (see {@link MarkdownRenderer#toPlainText}).
 */
public record IndexableArticle(long articleId, String externalId, String sourceLocale, String category, List<String> tags,
                               Visibility visibility, List<Translation> translations) {

    public IndexableArticle {
        Objects.requireNonNull(sourceLocale, "sourceLocale");
        Objects.requireNonNull(visibility, "visibility");
        KnowledgeLanguage.of(sourceLocale);
        tags = List.copyOf(tags == null ? List.of() : tags);
        translations = List.copyOf(translations);
        if (translations.isEmpty()) {
            throw new IllegalArgumentException("article " + articleId + " has no locale to index");
        }
        // One document per language: zh-CN and zh-TW would share the Chinese fields and overwrite each other.
        if (translations.stream().map(t -> KnowledgeLanguage.of(t.locale())).distinct().count() != translations.size()) {
            throw new IllegalArgumentException("article " + articleId + " lists a language twice");
        }
    }

    /** The title and body of one locale; the source locale is one of them. */
    public record Translation(String locale, String title, String bodyText, Instant updatedAt) {
        public Translation {
            KnowledgeLanguage.of(locale);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(bodyText, "bodyText");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    public boolean isSource(Translation translation) {
        return translation.locale().equalsIgnoreCase(sourceLocale);
    }
}
