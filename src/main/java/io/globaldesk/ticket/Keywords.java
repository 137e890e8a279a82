package io.globaldesk.ticket;

import io.globaldesk.language.TextNormalizer;

import java.util.List;
import java.util.Locale;

/**
 * What it means for normalised text to contain a keyword. CJK keywords match anywhere, since those languages write no
 * spaces; alphabetic ones must start a word ("mic" must not fire inside "dynamic"), and short ones must also end it.
 * {@link KeywordIndex} applies these rules to many keywords in one pass.
 */
final class Keywords {

    /** An alphabetic keyword at least this long (in UTF-16 units) may end inside a word: "record" in "recorded". */
    static final int MIN_LENGTH_OF_A_PREFIX_MATCH = 5;

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

    /** The key that is looked for: lower case once more, as text normalised for search is. */
    static String key(String normalizedKeyword) {
        if (normalizedKeyword.isEmpty()) {
            throw new IllegalArgumentException("a keyword must keep at least one character once normalised"
                    + " (control and zero-width characters are dropped)");
        }
        return normalizedKeyword.toLowerCase(Locale.ROOT);
    }

    /** One keyword; to look for several, build a {@link KeywordIndex} once and reuse it. */
    static boolean contains(String text, String keyword) {
        return new KeywordIndex(List.of(keyword)).find(text)[0];
    }

    /** Latin letters, digits and punctuation start an alphabetic keyword, which must start a word to match. */
    static boolean mustStartAWord(String key) {
        Character.UnicodeScript script = Character.UnicodeScript.of(key.codePointAt(0));
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON;
    }

    /** Whether an alphabetic key found at {@code start} starts a word there. */
    static boolean startsAWord(String text, int start) {
        return start == 0 || !isWordChar(text.codePointBefore(start));
    }

    /** Whether an alphabetic key found ending at {@code end} ends a word there, or is long enough not to need to. */
    static boolean endsWellAt(String text, int end, int keyLength) {
        return end >= text.length() || !isWordChar(text.codePointAt(end)) || keyLength >= MIN_LENGTH_OF_A_PREFIX_MATCH;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
