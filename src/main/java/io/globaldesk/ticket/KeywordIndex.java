package io.globaldesk.ticket;

import java.util.Arrays;
import java.util.List;

/**
 * Many keywords compiled into two tries, so that one pass over a text finds all of them, under the rules of
 * {@link Keywords}. Searching each keyword with its own {@code indexOf} loop cost a scan of the text per keyword,
 * hundreds per ticket; here each position of the text costs a walk as deep as the longest keyword that matches there,
 * usually zero or one step. Immutable once built, so safe to share between threads.
 */
final class KeywordIndex {

    /** Alphabetic keywords: walked only from positions where a word starts. */
    private final Node wordStarts = new Node();
    /** CJK and other keywords: walked from every position. */
    private final Node anywhere = new Node();
    private final int size;

    /** @param normalizedKeywords keywords as {@link Keywords#normalize} returns them; duplicates are kept apart */
    KeywordIndex(List<String> normalizedKeywords) {
        size = normalizedKeywords.size();
        for (int id = 0; id < size; id++) {
            String key = Keywords.key(normalizedKeywords.get(id));
            (Keywords.mustStartAWord(key) ? wordStarts : anywhere).add(key, id);
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
    private static void walk(Node root, String text, int start, boolean alphabetic, boolean[] found) {
        Node node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                return;
            }
            for (int id : node.keywordsEndingHere) {
                if (!alphabetic || Keywords.endsWellAt(text, i + 1, i + 1 - start)) {
                    found[id] = true;
                }
            }
        }
    }

    /** A trie node over UTF-16 units: a keyword with a surrogate pair is simply two steps. */
    private static final class Node {
        private char[] labels = new char[0];
        private Node[] children = new Node[0];
        private int[] keywordsEndingHere = new int[0];

        void add(String key, int id) {
            Node node = this;
            for (int i = 0; i < key.length(); i++) {
                node = node.childOrNew(key.charAt(i));
            }
            node.keywordsEndingHere = Arrays.copyOf(node.keywordsEndingHere, node.keywordsEndingHere.length + 1);
            node.keywordsEndingHere[node.keywordsEndingHere.length - 1] = id;
        }

        Node child(char c) {
            int n = labels.length;
            if (n == 0 || c < labels[0] || c > labels[n - 1]) {
                return null; // e.g. any Latin letter at the root of the CJK trie
            }
            int at = Arrays.binarySearch(labels, c);
            return at >= 0 ? children[at] : null;
        }

        private Node childOrNew(char c) {
            int at = Arrays.binarySearch(labels, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node child = new Node();
            labels = insert(labels, insert, c);
            Node[] grown = new Node[children.length + 1];
            System.arraycopy(children, 0, grown, 0, insert);
            grown[insert] = child;
            System.arraycopy(children, insert, grown, insert + 1, children.length - insert);
            children = grown;
            return child;
        }

        private static char[] insert(char[] values, int at, char value) {
            char[] grown = new char[values.length + 1];
            System.arraycopy(values, 0, grown, 0, at);
            grown[at] = value;
            System.arraycopy(values, at, grown, at + 1, values.length - at);
            return grown;
        }
    }
}
