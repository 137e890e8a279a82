package io.globaldesk.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages GlobalDesk serves in its UI, knowledge base and replies. */
public enum SupportedLanguage {
    ENGLISH("en"), CHINESE("zh"), JAPANESE("ja"), KOREAN("ko"),
    SPANISH("es"), PORTUGUESE("pt"), GERMAN("de"), FRENCH("fr");

    private final String tag;

    SupportedLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 primary language subtag, e.g. {@code "ja"}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Matches on the primary language subtag only, so {@code "pt-BR"} and {@code "zh-Hant-TW"} are found. */
    public static Optional<SupportedLanguage> fromTag(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }
}
