package io.globaldesk.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs misspelt product terms ("Agroa SDK" → "Agora SDK", "jiter" → "jitter") against an approved term list, such
 * as the termbase. A window of words is replaced by a term when their edit distance is small for the length: none
 * for up to 3 letters (too many real words lie one edit apart), 1 up to 7 letters, 2 beyond. Ties between two terms
 * leave the text alone rather than guess.
 */
public final class ProductTermCorrector {

    /**
     * Words of alphabetic scripts only: CJK text has no spaces, so a Han run would swallow the Latin term written
     * inside it ("使用Agroa SDK时"); misspelt CJK terms are left to the search analyzers.
     */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{N}][\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{N}._+-]*");

    private final List<Term> terms;
    private final int longestTermWords;
    private final Set<String> knownWords;

    public ProductTermCorrector(Collection<String> approvedTerms) {
        this(approvedTerms, Set.of());
    }

    /**
     * @param knownWords words (lower case) that are spelt right as they stand, e.g. every word the knowledge base
     *                   itself uses: "windows" and "plain" are not typos of the terms "window" and "plan"
     */
    public ProductTermCorrector(Collection<String> approvedTerms, Set<String> knownWords) {
        this.knownWords = Set.copyOf(knownWords);
        this.terms = new ArrayList<>();
        for (String term : approvedTerms) {
            if (term == null || term.isBlank()) {
                throw new IllegalArgumentException("an approved term must not be blank");
            }
            String display = term.strip().replaceAll("\\s+", " ");
            terms.add(new Term(display, display.toLowerCase(Locale.ROOT), display.split(" ").length));
        }
        this.longestTermWords = terms.stream().mapToInt(Term::words).max().orElse(0);
    }

    public String correct(String text) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return text == null ? "" : text;
        }
        List<int[]> words = wordSpans(text);
        StringBuilder out = new StringBuilder(text.length());
        int copiedUpTo = 0;
        for (int i = 0; i < words.size(); ) {
            Replacement best = bestReplacement(text, words, i);
            if (best == null) {
                i++;
                continue;
            }
            int start = words.get(i)[0];
            int end = words.get(i + best.words() - 1)[1];
            out.append(text, copiedUpTo, start).append(best.term());
            copiedUpTo = end;
            i += best.words();
        }
        return out.append(text, copiedUpTo, text.length()).toString();
    }

    /** The longest window starting at word {@code first} that is a near miss of exactly one term. */
    private Replacement bestReplacement(String text, List<int[]> words, int first) {
        for (int n = Math.min(longestTermWords, words.size() - first); n >= 1; n--) {
            String window = text.substring(words.get(first)[0], words.get(first + n - 1)[1])
                    .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (allKnown(window)) {
                continue;
            }
            Term match = null;
            int matchDistance = Integer.MAX_VALUE;
            boolean tie = false;
            for (Term term : terms) {
                if (term.words() != n) {
                    continue;
                }
                int limit = allowedEdits(term.key().length());
                int distance = EditDistance.bounded(window, term.key(), limit);
                if (distance > limit) {
                    continue;
                }
                if (distance == 0) {
                    return null; // already spelt right: leave its casing and words as the author wrote them
                }
                if (distance < matchDistance) {
                    match = term;
                    matchDistance = distance;
                    tie = false;
                } else if (distance == matchDistance && !term.display().equalsIgnoreCase(match.display())) {
                    tie = true;
                }
            }
            if (match != null && !tie) {
                return new Replacement(match.display(), n);
            }
        }
        return null;
    }

    private boolean allKnown(String window) {
        if (knownWords.isEmpty()) {
            return false;
        }
        for (String word : window.split(" ")) {
            if (!knownWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static int allowedEdits(int length) {
        if (length <= 3) {
            return 0;
        }
        return length <= 7 ? 1 : 2;
    }

    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private record Term(String display, String key, int words) {
    }

    private record Replacement(String term, int words) {
    }
}
