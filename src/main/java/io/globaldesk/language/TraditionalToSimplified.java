package io.globaldesk.language;

import com.ibm.icu.text.Transliterator;

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
        Rules rules = new Rules();
        for (String rule : icuRules.split("\n")) {
            Matcher literal = LITERAL_RULE.matcher(rule.strip());
            if (!literal.matches()) {
                ThreadLocal<Transliterator> icu = ThreadLocal.withInitial(() -> Transliterator.getInstance(ICU_ID));
                return text -> hasHan(text) ? icu.get().transliterate(text) : text;
            }
            rules.add(literal.group(1), literal.group(2));
        }
        return rules::replaceAll;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A trie of the rules: a node that ends a rule's key holds its replacement. */
    private static final class Rules {
        private final CharTrie<String> root = new CharTrie<>();

        /** ICU never has two rules for one key, so a second one would mean the rules were misread. */
        void add(String key, String value) {
            CharTrie<String> node = root.nodeOf(key);
            if (node.value() != null) {
                throw new IllegalStateException("two rules for \"" + key + "\" in " + ICU_ID);
            }
            node.value(value);
        }

        /** The text with the longest matching key at each position replaced; the text itself when none matches. */
        String replaceAll(String text) {
            StringBuilder out = null;
            int copied = 0;
            for (int start = 0; start < text.length(); ) {
                CharTrie<String> node = root;
                String longest = null;
                int longestEnd = start;
                for (int i = start; i < text.length() && (node = node.child(text.charAt(i))) != null; i++) {
                    if (node.value() != null) {
                        longest = node.value();
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
                out.append(text, copied, start).append(longest);
                start = copied = longestEnd;
            }
            return out == null ? text : out.append(text, copied, text.length()).toString();
        }
    }
}
