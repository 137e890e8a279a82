package io.globaldesk.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored article: shared attributes plus one {@link Localized} per locale, the source locale included. Locales are
 * language codes ({@code en}, {@code ja}, …); bodies are Markdown.
 */
public record KnowledgeArticle(long id, String externalId, String sourceLocale, String category, List<String> tags,
                               Visibility visibility, List<String> platforms, String sdkVersions, int revision,
                               Instant updatedAt, List<Localized> locales) {

    public KnowledgeArticle {
        tags = List.copyOf(tags);
        platforms = List.copyOf(platforms);
        locales = List.copyOf(locales);
    }

    /** The title and body in one locale; {@code sourceRevision} is the source revision it was translated from. */
    public record Localized(String locale, String title, String body, TranslationState state, int sourceRevision,
                            Instant updatedAt) {
    }

    public Localized source() {
        return locale(sourceLocale).orElseThrow();
    }

    public Optional<Localized> locale(String locale) {
        String code = KnowledgeLanguage.of(locale).code();
        return locales.stream().filter(l -> l.locale().equals(code)).findFirst();
    }

    /** Translations only, without the source. */
    public List<Localized> translations() {
        return locales.stream().filter(l -> !l.locale().equals(sourceLocale)).toList();
    }

    /** What a reader of the locale should see: its published translation, else the source. */
    public Localized readableIn(String locale) {
        return locale(locale).filter(l -> l.state() == TranslationState.PUBLISHED).orElseGet(this::source);
    }

    public boolean visibleTo(Audience audience) {
        return visibility == Visibility.PUBLIC || audience.seesInternal();
    }
}
