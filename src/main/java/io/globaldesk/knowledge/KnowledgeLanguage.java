package io.globaldesk.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The languages the knowledge base analyses and searches; each BCP-47 tag maps to one of them by its language subtag. */
public enum KnowledgeLanguage {
    EN, ZH, JA, KO, ES, PT, DE, FR;

    /** The lower-case code used in field names and termbase keys, e.g. {@code ja}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maps {@code pt-BR} to PT, {@code zh-Hans} and {@code zh_CN} to ZH; refuses tags of languages not served. */
    public static KnowledgeLanguage of(String localeTag) {
        if (localeTag == null || localeTag.isBlank()) {
            throw new IllegalArgumentException("a locale is required, e.g. en, ja or pt-BR");
        }
        String language = Locale.forLanguageTag(localeTag.strip().replace('_', '-')).getLanguage();
        for (KnowledgeLanguage candidate : values()) {
            if (candidate.code().equals(language)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("locale '" + localeTag + "' is not a knowledge-base language; supported: "
                + Arrays.stream(values()).map(KnowledgeLanguage::code).collect(Collectors.joining(", ")));
    }
}
