package io.globaldesk.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The languages every user-facing text exists in. A request in any other language falls back to English. */
public final class SupportedLocales {

    public static final List<Locale> ALL = List.of(
            Locale.ENGLISH, Locale.CHINESE, Locale.JAPANESE, Locale.KOREAN,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.GERMAN, Locale.FRENCH);

    private SupportedLocales() {
    }

    /** The supported locale with the same language as {@code locale}, or English. */
    public static Locale closest(Locale locale) {
        if (locale == null) return Locale.ENGLISH;
        for (Locale supported : ALL) {
            if (supported.getLanguage().equals(locale.getLanguage())) return supported;
        }
        return Locale.ENGLISH;
    }

    public static boolean isSupported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) return false;
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return ALL.stream().anyMatch(l -> l.getLanguage().equals(language));
    }
}
