package io.globaldesk.ticket.reference;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns normalised text into counted features. Alphabetic words give the word, a short prefix (a crude stem, so
 * "crashes" and "crashed" share evidence) and character 4-grams with word boundaries (so "Mikrofonton" still shares
 * evidence with "Mikrofon", and a paraphrase never seen in training is not a blank). Chinese, Japanese and Korean
 * runs give character unigrams and bigrams, which need no word segmentation.
 */
public final class TicketFeatures {

    private static final int STEM_LENGTH = 5;

    private TicketFeatures() {
    }

    public static Map<String, Integer> of(String normalizedText) {
        Map<String, Integer> features = new HashMap<>();
        StringBuilder run = new StringBuilder();
        boolean runIsCjk = false;
        for (int i = 0; i < normalizedText.length(); ) {
            int cp = normalizedText.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = isCjk(cp);
            boolean word = cjk || Character.isLetterOrDigit(cp);
            if (!word || (run.length() > 0 && cjk != runIsCjk)) {
                flush(run, runIsCjk, features);
            }
            if (word) {
                runIsCjk = cjk;
                run.appendCodePoint(cp);
            }
        }
        flush(run, runIsCjk, features);
        return features;
    }

    private static void flush(StringBuilder run, boolean cjk, Map<String, Integer> features) {
        if (run.isEmpty()) {
            return;
        }
        String token = run.toString();
        run.setLength(0);
        if (cjk) {
            addCharacterGrams(token, features);
        } else if (token.codePointCount(0, token.length()) >= 2) {
            features.merge("w:" + token, 1, Integer::sum);
            if (token.length() > STEM_LENGTH + 1) {
                features.merge("p:" + token.substring(0, STEM_LENGTH), 1, Integer::sum);
            }
            String bounded = "_" + token + "_";
            for (int i = 0; i + 4 <= bounded.length(); i++) {
                features.merge("t:" + bounded.substring(i, i + 4), 1, Integer::sum);
            }
        }
    }

    private static void addCharacterGrams(String run, Map<String, Integer> features) {
        int[] cps = run.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            features.merge("c:" + new String(cps, i, 1), 1, Integer::sum);
            if (i + 1 < cps.length) {
                features.merge("b:" + new String(cps, i, 2), 1, Integer::sum);
            }
        }
    }

    private static boolean isCjk(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL;
    }
}
