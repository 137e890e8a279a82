package io.globaldesk.ticket;

import java.util.Arrays;
import java.util.List;

import io.globaldesk.language.CharTrie;

/**
 * Many keywords compiled into two tries, so that one pass over a text finds all of them, under the rules of
 * {@link Keywords}. Searching each keyword with its own {@code indexOf} loop cost a scan of the text per keyword,
 * hundreds per ticket; here each position of the text costs a walk as deep as the longest keyword that matches there,
 * usually zero or one step. Immutable once built, so safe to share between threads.
 */
final class KeywordIndex {

    /** Alphabetic keywords: walked only from positions where a word starts. */
    private final CharTrie<int[]> wordStarts = new CharTrie<>();
    /** CJK and other keywords: walked from every position. */
    private final CharTrie<int[]> anywhere = new CharTrie<>();
    private final int size;

    /** @param normalizedKeywords keywords as {@link Keywords#normalize} returns them; duplicates are kept apart */
    KeywordIndex(List<String> normalizedKeywords) {
        size = normalizedKeywords.size();
        for (int id = 0; id < size; id++) {
            String key = Keywords.key(normalizedKeywords.get(id));
            CharTrie<int[]> node = (Keywords.mustStartAWord(key) ? wordStarts : anywhere).nodeOf(key);
            int[] ending = node.value() == null ? new int[0] : node.value();
            ending = Arrays.copyOf(ending, ending.length + 1);
            ending[ending.length - 1] = id;
            node.value(ending);
        }
    }

    /** Which keywords the text contains: element {@code i} answers for keyword {@code i}. */
    boolean[] find(String normalizedText) {
        boolean[] found = new boolean[size];
        for (int start = 0; start < normalizedText.length(); start++) {
            walk(anywhere, normalizedText, start, false, found);
            if (Keywords.startsAWord(normalizedText, start)) {
                walk(wordStarts, normalizedText, start, true, found);
            }
        }
        return found;
    }

    /** Marks every keyword spelt from {@code start} on, checking the word end of alphabetic ones. */
    private static void walk(CharTrie<int[]> root, String text, int start, boolean alphabetic, boolean[] found) {
        CharTrie<int[]> node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                return;
            }
            if (node.value() == null) {
                continue;
            }
            for (int id : node.value()) {
                if (!alphabetic || Keywords.endsWellAt(text, i + 1, i + 1 - start)) {
                    found[id] = true;
                }
            }
        }
    }
}
