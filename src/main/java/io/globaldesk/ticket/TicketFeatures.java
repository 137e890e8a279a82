package io.globaldesk.ticket;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns normalised text into counted features. Alphabetic words give the word, a short prefix (a crude stem, so
 * "crashes" and "crashed" share evidence) and character 4-grams with word boundaries (so "Mikrofonton" still shares
 * evidence with "Mikrofon", and a paraphrase never seen in training is not a blank). Chinese, Japanese and Korean
 * runs give character unigrams and bigrams, which need no word segmentation.
 * <p>
 * The map's iteration order is part of the result: {@link NaiveBayesModel#posteriors} sums in that order, and
 * floating-point sums depend on it. A {@link HashMap} iterates in an order fixed by its history: its capacity, which
 * grows as {@code merge} calls (repeats included) find it full, and the order keys were first put. So each occurrence
 * of a feature is one {@code merge}, in one fixed order (text order; per word: word, prefix, 4-grams), into a map of
 * default initial capacity, and that must stay so for the classifier to give the same confidence to the same text.
 */
final class TicketFeatures {

    private static final int STEM_LENGTH = 5;
    /** No code point below this is Han, kana or Hangul: most text needs no script lookup, a binary search. */
    private static final int FIRST_CJK_CODE_POINT = firstCjkCodePoint();

    private TicketFeatures() {
    }

    static Map<String, Integer> of(String normalizedText) {
        Map<String, Integer> features = new HashMap<>();
        Run run = new Run(features);
        boolean runIsCjk = false;
        for (int i = 0; i < normalizedText.length(); ) {
            int cp = normalizedText.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = isCjk(cp);
            boolean word = cjk || Character.isLetterOrDigit(cp);
            if (!word || (!run.isEmpty() && cjk != runIsCjk)) {
                run.flush(runIsCjk);
            }
            if (word) {
                runIsCjk = cjk;
                run.append(cp);
            }
        }
        run.flush(runIsCjk);
        return features;
    }

    /**
     * The run of word characters being read, in a buffer reused for every run of a text, with room for the "_" that
     * bound a word's 4-grams. Each key is copied once into one string; a substring and a concatenation per key were
     * a large part of the classifier's cost.
     */
    private static final class Run {
        private final Map<String, Integer> features;
        /** {@code chars[0]} is the leading "_"; the run is {@code chars[1..end)}. */
        private char[] chars = new char[64];
        private int end = 1;
        private char[] key = new char[64];

        Run(Map<String, Integer> features) {
            this.features = features;
            chars[0] = '_';
        }

        boolean isEmpty() {
            return end == 1;
        }

        void append(int cp) {
            if (end + 3 > chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            end += Character.toChars(cp, chars, end);
        }

        void flush(boolean cjk) {
            if (isEmpty()) {
                return;
            }
            if (cjk) {
                addCharacterGrams();
            } else if (Character.codePointCount(chars, 1, end - 1) >= 2) {
                addWordGrams();
            }
            end = 1;
        }

        /** The word, its prefix when it is long enough to have a suffix, and its 4-grams within "_word_". */
        private void addWordGrams() {
            int length = end - 1;
            count('w', 1, end);
            if (length > STEM_LENGTH + 1) {
                count('p', 1, 1 + STEM_LENGTH);
            }
            chars[end] = '_';
            for (int i = 0; i + 4 <= end + 1; i++) {
                count('t', i, i + 4);
            }
        }

        /** Each character and each pair of neighbours; a character is a code point, a pair two code points. */
        private void addCharacterGrams() {
            for (int i = 1; i < end; ) {
                int next = i + Character.charCount(Character.codePointAt(chars, i, end));
                count('c', i, next);
                if (next < end) {
                    count('b', i, next + Character.charCount(Character.codePointAt(chars, next, end)));
                }
                i = next;
            }
        }

        /** Counts the feature "kind:" + {@code chars[from..to)}. */
        private void count(char kind, int from, int to) {
            int length = 2 + to - from;
            if (key.length < length) {
                key = new char[Math.max(length, 2 * key.length)];
            }
            key[0] = kind;
            key[1] = ':';
            System.arraycopy(chars, from, key, 2, to - from);
            features.merge(new String(key, 0, length), 1, Integer::sum);
        }
    }

    private static boolean isCjk(int cp) {
        return cp >= FIRST_CJK_CODE_POINT && isCjkByScript(cp);
    }

    private static boolean isCjkByScript(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL;
    }

    private static int firstCjkCodePoint() {
        int cp = 0;
        while (!isCjkByScript(cp)) {
            cp++;
        }
        return cp;
    }
}
