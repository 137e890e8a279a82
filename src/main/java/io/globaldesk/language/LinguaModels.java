package io.globaldesk.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Holds the one Lingua detector of the process. The holder idiom builds it on first use only: the models of the eight
 * supported languages cost about 100 MB, while building Lingua from all its 75 languages would cost 1.4 GB.
 */
final class LinguaModels {

    private static final Map<SupportedLanguage, Language> LINGUA = new EnumMap<>(Map.of(
            SupportedLanguage.ENGLISH, Language.ENGLISH, SupportedLanguage.CHINESE, Language.CHINESE,
            SupportedLanguage.JAPANESE, Language.JAPANESE, SupportedLanguage.KOREAN, Language.KOREAN,
            SupportedLanguage.SPANISH, Language.SPANISH, SupportedLanguage.PORTUGUESE, Language.PORTUGUESE,
            SupportedLanguage.GERMAN, Language.GERMAN, SupportedLanguage.FRENCH, Language.FRENCH));

    private LinguaModels() {
    }

    static com.github.pemistahl.lingua.api.LanguageDetector detector() {
        return Holder.DETECTOR;
    }

    static SupportedLanguage supported(Language language) {
        return LINGUA.entrySet().stream().filter(e -> e.getValue() == language).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static final class Holder {
        static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(Arrays.stream(SupportedLanguage.values()).map(LINGUA::get).toArray(Language[]::new))
                .build();
    }
}
