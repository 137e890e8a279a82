package io.globaldesk.language;

import java.util.Arrays;

/**
 * A node of a trie over UTF-16 units (a surrogate pair is simply two steps): its children under sorted labels, found
 * by binary search, and the value of the key that ends here, if any. Built single-threaded, then only read, so a
 * finished trie is safe to share between threads.
 *
 * @param <V> what a key maps to
 */
public final class CharTrie<V> {

    private char[] labels = new char[0];
    private CharTrie<?>[] children = new CharTrie<?>[0];
    private V value;

    /** The child under {@code c}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public CharTrie<V> child(char c) {
        int n = labels.length;
        if (n == 0 || c < labels[0] || c > labels[n - 1]) {
            return null; // most characters at most nodes, e.g. any Latin letter at the root of a CJK trie
        }
        int at = Arrays.binarySearch(labels, c);
        return at >= 0 ? (CharTrie<V>) children[at] : null;
    }

    /** The node that ends {@code key}, made along the way where missing. */
    public CharTrie<V> nodeOf(String key) {
        CharTrie<V> node = this;
        for (int i = 0; i < key.length(); i++) {
            node = node.childOrNew(key.charAt(i));
        }
        return node;
    }

    /** The value of the key ending here, or {@code null}. */
    public V value() {
        return value;
    }

    public void value(V value) {
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    private CharTrie<V> childOrNew(char c) {
        int at = Arrays.binarySearch(labels, c);
        if (at >= 0) {
            return (CharTrie<V>) children[at];
        }
        int insert = -at - 1;
        CharTrie<V> child = new CharTrie<>();
        char[] grownLabels = new char[labels.length + 1];
        CharTrie<?>[] grownChildren = new CharTrie<?>[children.length + 1];
        System.arraycopy(labels, 0, grownLabels, 0, insert);
        System.arraycopy(children, 0, grownChildren, 0, insert);
        grownLabels[insert] = c;
        grownChildren[insert] = child;
        System.arraycopy(labels, insert, grownLabels, insert + 1, labels.length - insert);
        System.arraycopy(children, insert, grownChildren, insert + 1, children.length - insert);
        labels = grownLabels;
        children = grownChildren;
        return child;
    }
}
