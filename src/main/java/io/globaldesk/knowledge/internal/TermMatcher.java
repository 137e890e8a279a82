package io.globaldesk.knowledge.internal;

import java.util.Locale;

/**
 * Case-insensitive term containment. Terms in space-separated scripts must stand as whole words ("port" is not in
 * "report"); terms in Chinese or Japanese script match anywhere, as those languages write without spaces.
 */
public final class TermMatcher {

    private TermMatcher() {
    }

    public static boolean contains(String text, String term) {
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = term.toLowerCase(Locale.ROOT).strip();
        if (needle.isEmpty()) {
            return false;
        }
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            if (!needsWordBoundary(needle) || isWordBoundary(haystack, at - 1) && isWordBoundary(haystack, at + needle.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsWordBoundary(String term) {
        return term.codePoints().noneMatch(TermMatcher::isCjk);
    }

    private static boolean isWordBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
