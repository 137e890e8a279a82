package io.globaldesk.language;

import com.ibm.icu.text.Transliterator;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds traditional Chinese to simplified exactly as ICU's "Traditional-Simplified" transliterator does, from that
 * transliterator's own rules, but about ten times faster: ICU runs its general rule engine per character, while these
 * rules are only literal replacements of Han strings ("餘額 > 余额;", "薑 > 姜;"), which a trie applies directly.
 * ICU tries the rules in order and refuses a rule set where an earlier key is a prefix of a later one, so the rule it
 * applies at a position is always the one with the longest key that matches there, which is what the trie finds.
 * Should a later ICU version bring rules of another form, ICU's own transliterator is used as before.
 */
final class TraditionalToSimplified {

    static final String ICU_ID = "Traditional-Simplified";

    /** "key > replacement;" with Han characters only, so no ICU escaping or context can hide in either part. */
    private static final Pattern LITERAL_RULE = Pattern.compile("(\\p{IsHan}+) > (\\p{IsHan}*);");

    private TraditionalToSimplified() {
    }

    static String apply(String text) {
        return Loaded.FOLDING.apply(text);
    }

    /** Loaded on first use: reading the rules takes ICU's transliterator data, tens of milliseconds. */
    private static final class Loaded {
        static final UnaryOperator<String> FOLDING = load(Transliterator.getInstance(ICU_ID).toRules(false));
    }

    /** The trie for literal rules; ICU's transliterator, one per thread since it keeps state, for anything else. */
    static UnaryOperator<String> load(String icuRules) {
        Node root = new Node();
        for (String rule : icuRules.split("\n")) {
            Matcher literal = LITERAL_RULE.matcher(rule.strip());
            if (!literal.matches()) {
                ThreadLocal<Transliterator> icu = ThreadLocal.withInitial(() -> Transliterator.getInstance(ICU_ID));
                return text -> hasHan(text) ? icu.get().transliterate(text) : text;
            }
            root.add(literal.group(1), literal.group(2));
        }
        return root::replaceAll;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A trie over UTF-16 units; a node that ends a rule's key holds its replacement. */
    private static final class Node {
        private char[] labels = new char[0];
        private Node[] children = new Node[0];
        private String replacement;

        /** ICU never has two rules for one key, so a second one would mean the rules were misread. */
        void add(String key, String value) {
            Node node = this;
            for (int i = 0; i < key.length(); i++) {
                node = node.childOrNew(key.charAt(i));
            }
            if (node.replacement != null) {
                throw new IllegalStateException("two rules for \"" + key + "\" in " + ICU_ID);
            }
            node.replacement = value;
        }

        /** The text with the longest matching key at each position replaced; the text itself when none matches. */
        String replaceAll(String text) {
            StringBuilder out = null;
            int copied = 0;
            for (int start = 0; start < text.length(); ) {
                Node node = this;
                Node longest = null;
                int longestEnd = start;
                for (int i = start; i < text.length() && (node = node.child(text.charAt(i))) != null; i++) {
                    if (node.replacement != null) {
                        longest = node;
                        longestEnd = i + 1;
                    }
                }
                if (longest == null) {
                    start++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, start).append(longest.replacement);
                start = copied = longestEnd;
            }
            return out == null ? text : out.append(text, copied, text.length()).toString();
        }

        private Node child(char c) {
            int n = labels.length;
            if (n == 0 || c < labels[0] || c > labels[n - 1]) {
                return null; // e.g. any Latin or kana character at the root
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
            char[] grownLabels = new char[labels.length + 1];
            Node[] grownChildren = new Node[children.length + 1];
            System.arraycopy(labels, 0, grownLabels, 0, insert);
            System.arraycopy(children, 0, grownChildren, 0, insert);
            grownLabels[insert] = c;
            grownChildren[insert] = new Node();
            System.arraycopy(labels, insert, grownLabels, insert + 1, labels.length - insert);
            System.arraycopy(children, insert, grownChildren, insert + 1, children.length - insert);
            labels = grownLabels;
            children = grownChildren;
            return children[insert];
        }
    }
}
