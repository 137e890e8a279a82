package io.globaldesk.ticket.reference;

import com.ibm.icu.text.Transliterator;
import io.globaldesk.language.ProductTermCorrector;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans inbound text before it is stored, searched or classified: NFKC folds full-width and half-width forms
 * ("ＳＤＫ" → "SDK", "ｶﾒﾗ" → "カメラ"), control characters and lone surrogates are dropped, whitespace is collapsed
 * and the length is capped. {@link #forSearch} also folds traditional Chinese to simplified and lower-cases, so that
 * "音訊" finds an article written with "音讯".
 */
public class TextNormalizer {

    public static final int DEFAULT_MAX_LENGTH = 20_000;

    /** Transliterator instances keep per-call state; one per thread avoids locking on a hot path. */
    private static final ThreadLocal<Transliterator> TRADITIONAL_TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private final int maxLength;

    public TextNormalizer() {
        this(DEFAULT_MAX_LENGTH);
    }

    public TextNormalizer(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("the length cap must be at least 1 character, was " + maxLength);
        }
        this.maxLength = maxLength;
    }

    /** NFKC, no control characters or lone surrogates, collapsed whitespace, at most the length cap. */
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String clean = dropUnsafeCharacters(text);
        String folded = Normalizer.normalize(clean, Normalizer.Form.NFKC);
        return Truncation.atMost(collapseWhitespace(folded), maxLength);
    }

    /** {@link #normalize}, then simplified Chinese and lower case: a key for matching, not for display. */
    public String forSearch(String text) {
        return toSimplifiedChinese(normalize(text)).toLowerCase(Locale.ROOT);
    }

    /** {@link #forSearch}, with misspelt product terms repaired first ("Agroa SDK jiter" → "agora sdk jitter"). */
    public String forSearch(String text, ProductTermCorrector terms) {
        return toSimplifiedChinese(terms.correct(normalize(text))).toLowerCase(Locale.ROOT);
    }

    public String toSimplifiedChinese(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // the transform rewrites Han characters only; most tickets have none, and it costs ~10 % of a ticket's intake
        if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return text;
        }
        return TRADITIONAL_TO_SIMPLIFIED.get().transliterate(text);
    }

    private static String dropUnsafeCharacters(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 16));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                }
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (c == '\n' || c == '\t' || c == '\r') {
                out.append(c == '\t' ? ' ' : c);
            } else if (!isInvisibleControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0/C1 controls, bidi overrides (used to disguise text) and zero-width characters other than ZWJ. */
    private static boolean isInvisibleControl(char c) {
        int type = Character.getType(c);
        if (type == Character.CONTROL) {
            return true;
        }
        return c == '\u200B' || c == '\uFEFF' || c == '\u2060' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** Runs of spaces become one space; line breaks survive (at most one blank line) because steps are line-based. */
    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int pendingNewlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n') {
                pendingNewlines++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                if (!out.isEmpty()) {
                    if (pendingNewlines > 0) {
                        out.append(pendingNewlines > 1 ? "\n\n" : "\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingNewlines = 0;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
