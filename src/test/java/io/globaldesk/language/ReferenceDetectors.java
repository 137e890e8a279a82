package io.globaldesk.language;

/** Detectors that production does not use, for tests and benchmarks outside this package to compare against. */
public final class ReferenceDetectors {

    private ReferenceDetectors() {
    }

    /** Every text that its script does not decide goes through Lingua's high-accuracy mode, as before the cascade. */
    public static LanguageDetector highAccuracyLingua() {
        return new LanguageDetector(LinguaStrategy.HIGH_ACCURACY);
    }

    /** The cascade with every text through Lingua itself, as before {@link AsciiNgrams}. */
    public static LanguageDetector linguaCascade() {
        return new LanguageDetector(LinguaStrategy.LINGUA_CASCADE);
    }
}
