package io.globaldesk.language;

/**
 * The language of a text as a BCP 47 tag ({@code "en"}, {@code "zh"}, or {@code "und"} when unknown) and how sure the
 * detector is, from 0 to 1.
 */
public record DetectedLanguage(String tag, double confidence) {

    public static final String UNDETERMINED = "und";

    public DetectedLanguage {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a detected language needs a BCP 47 tag; use \"und\" when unknown");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], was " + confidence);
        }
    }

    static DetectedLanguage undetermined() {
        return new DetectedLanguage(UNDETERMINED, 0.0);
    }

    public boolean isUndetermined() {
        return UNDETERMINED.equals(tag);
    }
}
