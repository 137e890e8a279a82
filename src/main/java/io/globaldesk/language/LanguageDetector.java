package io.globaldesk.language;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Detects the supported language of a text. Text that is clearly Chinese, Japanese or Korean by its script is decided
 * by the script alone; other text goes to Lingua, restricted to the supported languages and built once, lazily, and
 * asked through {@link LinguaStrategy#CASCADE}. Texts too short for statistics fall back to the script, then to the
 * default language. Lingua's answer for text in ASCII alone, most English tickets, is computed on the caller's thread
 * from Lingua's own models ({@link AsciiNgrams}); everything else runs in Lingua.
 */
@Component
public class LanguageDetector {

    /** Lingua needs a few words; below this many letters its answer is a guess. */
    static final int MIN_LETTERS_FOR_STATISTICS = 4;
    /** Detection reads a prefix only: a language does not change after the first few sentences, a 50 KB paste is hostile. */
    static final int MAX_CHARS_EXAMINED = 1_000;

    private final DetectedLanguage fallback;
    private final LinguaStrategy lingua;

    /** Unknown text is reported as {@code "und"}. */
    public LanguageDetector() {
        this(DetectedLanguage.undetermined(), LinguaStrategy.CASCADE);
    }

    /** Unknown text is reported as the given language (e.g. the organization's locale) with zero confidence. */
    public LanguageDetector(SupportedLanguage defaultLanguage) {
        this(new DetectedLanguage(defaultLanguage.tag(), 0.0), LinguaStrategy.CASCADE);
    }

    /** Unknown text is reported as {@code "und"}; Lingua is asked as the strategy says. */
    LanguageDetector(LinguaStrategy lingua) {
        this(DetectedLanguage.undetermined(), lingua);
    }

    private LanguageDetector(DetectedLanguage fallback, LinguaStrategy lingua) {
        this.fallback = fallback;
        this.lingua = lingua;
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
        return statistical(sample, scripts.letters());
    }

    /** As {@link #detect(String)}, but unknown text becomes the given default language instead. */
    public DetectedLanguage detect(String text, SupportedLanguage defaultLanguage) {
        DetectedLanguage detected = detect(text);
        return detected.isUndetermined() ? new DetectedLanguage(defaultLanguage.tag(), 0.0) : detected;
    }

    private DetectedLanguage statistical(String sample, int letters) {
        LinguaStrategy.Answer quick = lingua.withoutLingua(sample, letters);
        LinguaStrategy.Answer answer = quick != null ? quick : inLinguasPool(() -> lingua.answer(sample, letters));
        SupportedLanguage language = answer.best() == null ? null : LinguaModels.supported(answer.best());
        if (language == null) {
            return fallback;
        }
        return new DetectedLanguage(language.tag(), confidenceFromLead(answer.lead()));
    }

    /** A tie reads 0.5, a lead of 0.2 or more over the runner-up reads as certain. */
    private static double confidenceFromLead(double lead) {
        return Math.min(1.0, 0.5 + 2.5 * lead);
    }

    /**
     * Runs {@code work} as one task of the common fork-join pool. Lingua splits every call into a task per n-gram
     * length and submits them to that pool; from a request's thread each is a hand-off to another thread and back,
     * while from a thread of the pool itself they go on its own queue and it runs them in turn: one hand-off per text
     * instead of up to five. A thread that is already the pool's runs the work directly.
     */
    private static <T> T inLinguasPool(Supplier<T> work) {
        if (Thread.currentThread() instanceof ForkJoinWorkerThread w
                && w.getPool() == ForkJoinPool.commonPool()) {
            return work.get();
        }
        return ForkJoinPool.commonPool().submit(work::get).join();
    }
}
