package io.globaldesk.ticket.reference;

import java.util.Locale;

/**
 * Finds a keyword in normalised text. CJK keywords match anywhere, since those languages write no spaces;
 * alphabetic ones must start a word ("mic" must not fire inside "dynamic"), and short ones must also end it.
 */
public final class Keywords {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private Keywords() {
    }

    /**
     * A keyword as it appears in text normalised for search: the same width, case and simplified Chinese folding,
     * so "全員" (which the folding turns into "全员") and "ＳＤＫ" still match.
     */
    static String normalize(String keyword) {
        return NORMALIZER.forSearch(keyword);
    }

    public static boolean contains(String text, String keyword) {
        String key = keyword.toLowerCase(Locale.ROOT);
        if (!isAlphabetic(key.codePointAt(0))) {
            return text.contains(key);
        }
        for (int from = text.indexOf(key); from >= 0; from = text.indexOf(key, from + 1)) {
            boolean starts = from == 0 || !isWordChar(text.codePointBefore(from));
            int end = from + key.length();
            boolean ends = end >= text.length() || !isWordChar(text.codePointAt(end));
            if (starts && (ends || key.length() >= 5)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAlphabetic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
