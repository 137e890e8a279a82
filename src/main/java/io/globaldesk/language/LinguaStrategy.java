package io.globaldesk.language;

import com.github.pemistahl.lingua.api.Language;

import java.util.Map;
import java.util.SortedMap;

/**
 * How {@link LanguageDetector} asks Lingua about a text its script does not decide. Lingua's high-accuracy mode scores
 * uni- to fivegrams; its low-accuracy mode scores trigrams only, for about a third of the cost, but is less reliable on
 * short texts. The cascade takes the cheap answer where the expensive one would be the same, so it answers as the
 * high-accuracy mode does (LanguageCascadeTests holds it to that on the message bundles and the ticket corpus).
 */
enum LinguaStrategy {

    /** Every text through the high-accuracy mode: detection before the cascade, kept as the cascade's reference. */
    HIGH_ACCURACY {
        @Override
        Answer answer(String text, int letters) {
            return highAccuracy(text);
        }
    },

    /**
     * The low-accuracy mode first; short texts and close calls go to the high-accuracy mode. Every text through Lingua
     * itself: the cascade before {@link AsciiNgrams}, kept as its reference.
     */
    LINGUA_CASCADE {
        @Override
        Answer answer(String text, int letters) {
            if (letters < MIN_LETTERS_FOR_TRIGRAMS) {
                return highAccuracy(text);
            }
            Answer trigrams = Answer.of(LinguaModels.lowAccuracy().computeLanguageConfidenceValues(text));
            return trigrams.lead() >= CLEAR_LEAD ? trigrams : highAccuracy(text);
        }
    },

    /**
     * As {@link #LINGUA_CASCADE}, but text in ASCII alone is answered by {@link AsciiNgrams}, which gives Lingua's
     * answers in both modes for a fraction of the cost.
     */
    CASCADE {
        @Override
        Answer answer(String text, int letters) {
            return LINGUA_CASCADE.answer(text, letters);
        }

        @Override
        Answer withoutLingua(String text, int letters) {
            AsciiNgrams ascii = LinguaModels.asciiNgrams();
            if (letters < MIN_LETTERS_FOR_TRIGRAMS) {
                return ascii.highAccuracy(text);
            }
            Answer trigrams = ascii.lowAccuracy(text);
            return trigrams == null || trigrams.lead() >= CLEAR_LEAD ? trigrams : ascii.highAccuracy(text);
        }
    };

    /**
     * Below this many letters the trigram answer is too often confidently wrong: in the bundles and the ticket corpus
     * the high-accuracy mode overturned 120 of 936 trigram answers, some that led by 0.3.
     */
    static final int MIN_LETTERS_FOR_TRIGRAMS = 40;

    /**
     * The lead over the runner-up from which a trigram answer stands. From 40 letters on, the high-accuracy mode
     * overturned 12 of 2,086 trigram answers in the bundles and the ticket corpus, none leading by more than 0.084;
     * 0.10 sends about 8 % of ticket-sized texts (60 to 130 characters) on to the high-accuracy mode.
     */
    static final double CLEAR_LEAD = 0.10;

    /** Lingua's answer for a text of that many letters. */
    abstract Answer answer(String text, int letters);

    /**
     * The same answer when it can be had without calling Lingua itself (so without its thread pool), else
     * {@code null}.
     */
    Answer withoutLingua(String text, int letters) {
        return null;
    }

    private static Answer highAccuracy(String text) {
        return Answer.of(LinguaModels.highAccuracy().computeLanguageConfidenceValues(text));
    }

    /**
     * Lingua's confidence values as GlobalDesk reads them: the best language ({@code null} when Lingua has none) and its
     * lead over the runner-up. Lingua 1.2 gives the best language 1.0 and the others a ratio of log-probabilities, which
     * stays close to 1 even for a clear winner, so the lead is the real signal.
     */
    record Answer(Language best, double lead) {

        static Answer of(SortedMap<Language, Double> confidenceValues) {
            Language best = null;
            double first = 0.0;
            double second = 0.0;
            for (Map.Entry<Language, Double> value : confidenceValues.entrySet()) {
                if (value.getValue() > first) {
                    best = value.getKey();
                    second = first;
                    first = value.getValue();
                } else if (value.getValue() > second) {
                    second = value.getValue();
                }
            }
            return new Answer(best, first - second);
        }
    }
}
