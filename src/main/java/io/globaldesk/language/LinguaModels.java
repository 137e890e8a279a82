package io.globaldesk.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Holds the process's two Lingua detectors over the supported languages, each built on first use only (holder idiom).
 * The models of the eight supported languages cost about 100 MB, while building Lingua from all its 75 languages would
 * cost 1.4 GB. Lingua keeps loaded models in static maps shared by all its detectors, and the low-accuracy mode reads
 * only the trigram models, which the high-accuracy mode loads as well: the second detector adds no model of its own.
 */
final class LinguaModels {

    private static final Map<SupportedLanguage, Language> LINGUA = new EnumMap<>(Map.of(
            SupportedLanguage.ENGLISH, Language.ENGLISH, SupportedLanguage.CHINESE, Language.CHINESE,
            SupportedLanguage.JAPANESE, Language.JAPANESE, SupportedLanguage.KOREAN, Language.KOREAN,
            SupportedLanguage.SPANISH, Language.SPANISH, SupportedLanguage.PORTUGUESE, Language.PORTUGUESE,
            SupportedLanguage.GERMAN, Language.GERMAN, SupportedLanguage.FRENCH, Language.FRENCH));

    private LinguaModels() {
    }

    /** Lingua's default mode: uni- to fivegrams for texts under 120 characters, trigrams only from there on. */
    static LanguageDetector highAccuracy() {
        return HighAccuracy.DETECTOR;
    }

    /** Trigrams only: about a third of the high-accuracy mode's cost, less reliable on short texts. */
    static LanguageDetector lowAccuracy() {
        return LowAccuracy.DETECTOR;
    }

    /**
     * Lingua's statistics for text in ASCII alone, over the supported languages written in Latin script, in Lingua's
     * order of languages (which decides its ties). Built on first use, like the detectors: about a second and 35 MB.
     */
    static AsciiNgrams asciiNgrams() {
        return Ascii.NGRAMS;
    }

    static SupportedLanguage supported(Language language) {
        return LINGUA.entrySet().stream().filter(e -> e.getValue() == language).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static LanguageDetectorBuilder supportedLanguages() {
        return LanguageDetectorBuilder.fromLanguages(
                Arrays.stream(SupportedLanguage.values()).map(LINGUA::get).toArray(Language[]::new));
    }

    private static final class HighAccuracy {
        static final LanguageDetector DETECTOR = supportedLanguages().build();
    }

    private static final class Ascii {
        static final AsciiNgrams NGRAMS = AsciiNgrams.of(LINGUA.entrySet().stream()
                .filter(e -> !EnumSet.of(SupportedLanguage.CHINESE, SupportedLanguage.JAPANESE, SupportedLanguage.KOREAN)
                        .contains(e.getKey()))
                .map(Map.Entry::getValue).sorted().toList());
    }

    private static final class LowAccuracy {
        static final LanguageDetector DETECTOR = supportedLanguages().withLowAccuracyMode().build();
    }
}
