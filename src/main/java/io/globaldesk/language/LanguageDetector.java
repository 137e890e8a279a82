package io.globaldesk.language;

import com.github.pemistahl.lingua.api.Language;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects the supported language of a text. Text that is clearly Chinese, Japanese or Korean by its script is decided
 * by the script alone; other text goes to Lingua, restricted to the supported languages and built once, lazily. Texts
 * too short for statistics fall back to the script, then to the default language.
 */
@Component
public class LanguageDetector {

    /** Lingua needs a few words; below this many letters its answer is a guess. */
    static final int MIN_LETTERS_FOR_STATISTICS = 4;
    /** Detection reads a prefix only: a language does not change after the first few sentences, a 50 KB paste is hostile. */
    static final int MAX_CHARS_EXAMINED = 1_000;

    private final DetectedLanguage fallback;

    /** Unknown text is reported as {@code "und"}. */
    public LanguageDetector() {
        this.fallback = DetectedLanguage.undetermined();
    }

    /** Unknown text is reported as the given language (e.g. the organization's locale) with zero confidence. */
    public LanguageDetector(SupportedLanguage defaultLanguage) {
        this.fallback = new DetectedLanguage(defaultLanguage.tag(), 0.0);
    }

    public DetectedLanguage detect(String text) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String sample = Truncation.atMost(text, MAX_CHARS_EXAMINED);
        ScriptProfile scripts = ScriptProfile.of(sample);
        if (scripts.clearlyCjk()) {
            return new DetectedLanguage(scripts.cjkLanguage().tag(), scripts.cjkConfidence());
        }
        if (scripts.letters() < MIN_LETTERS_FOR_STATISTICS) {
            SupportedLanguage byScript = scripts.cjkLanguage();
            return byScript == null ? fallback : new DetectedLanguage(byScript.tag(), scripts.cjkConfidence());
        }
        return statistical(sample);
    }

    /** As {@link #detect(String)}, but unknown text becomes the given default language instead. */
    public DetectedLanguage detect(String text, SupportedLanguage defaultLanguage) {
        DetectedLanguage detected = detect(text);
        return detected.isUndetermined() ? new DetectedLanguage(defaultLanguage.tag(), 0.0) : detected;
    }

    private DetectedLanguage statistical(String sample) {
        SortedMap<Language, Double> values = LinguaModels.detector().computeLanguageConfidenceValues(sample);
        Map.Entry<Language, Double> best = values.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElse(null);
        if (best == null || best.getValue() <= 0.0) {
            return fallback;
        }
        SupportedLanguage language = LinguaModels.supported(best.getKey());
        if (language == null) {
            return fallback;
        }
        return new DetectedLanguage(language.tag(), confidenceFromMargin(values, best.getValue()));
    }

    /**
     * Lingua 1.2 gives the best language 1.0 and the others a ratio of log-probabilities, which stays close to 1 even
     * for a clear winner. The margin over the runner-up is the real signal: a tie reads 0.5, a margin of 0.2 or
     * more reads as certain.
     */
    private static double confidenceFromMargin(SortedMap<Language, Double> values, double best) {
        double runnerUp = values.values().stream().sorted(Comparator.reverseOrder()).skip(1)
                .findFirst().orElse(0.0);
        return Math.min(1.0, 0.5 + 2.5 * (best - runnerUp));
    }
}
