package io.globaldesk.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.TrainingDataLanguageModel;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;

/**
 * Lingua's answers, in both its modes, for text written in ASCII alone, computed without Lingua's per-call machinery.
 * <p>
 * Most tickets are plain English, and there Lingua spends most of its time around the statistics rather than on them:
 * it cleans the text with three regular expressions, runs its script rules word by word, and looks every n-gram up in
 * a hash map per language and per n-gram length, backing off to shorter prefixes, from tasks on the common pool. For
 * ASCII text the rules cannot decide anything (no script or letter of ASCII belongs to one supported language alone),
 * so the candidates are the supported languages written in Latin script, and every n-gram is made of the letters a to
 * z. This class keeps, for each such n-gram and each candidate, the logarithm Lingua would add for it: of the n-gram's
 * relative frequency, or else of its longest known prefix's, or nothing. Uni- to quadrigrams sit in arrays indexed by
 * their letters; fivegrams, of which the models know about 570,000 of the 12 million possible, in an open-addressing
 * table (about 35 MB in all). Scoring a text is one read per distinct n-gram.
 * <p>
 * The answers are Lingua's own, bit for bit: the same model files read by Lingua's own reader, the same float
 * arithmetic in the same order (n-grams summed as a {@link HashSet} of their strings, filled in text order, iterates),
 * the same division of the high-accuracy sum by the number of known letters, and the same ratio as confidence.
 * {@code AsciiNgramsTests} holds both modes to that on the message bundles, the ticket corpus and generated text.
 * Text with any other character, or without a word of letters only, is left to Lingua (the methods return
 * {@code null}).
 */
final class AsciiNgrams {

    private static final int LETTERS = 26;
    /** Lingua's high-accuracy mode reads trigrams only from this many characters of cleaned text on. */
    private static final int HIGH_ACCURACY_MAX_LENGTH = 120;
    /** Lingua's low-accuracy mode answers nothing for a cleaned text shorter than this. */
    private static final int LOW_ACCURACY_MIN_LENGTH = 3;
    private static final int EMPTY = -1;

    private final Language[] languages;
    private final int n;
    /** {@code logs[length][index * n + language]} for lengths 1 to 4: what Lingua adds for that n-gram, 0 for nothing. */
    private final float[][] logs = new float[5][];
    /** Whether the language's unigram model knows the letter: Lingua divides its high-accuracy sum by that count. */
    private final boolean[] knownLetters;
    /** Fivegrams some model knows, by their letters' index; {@link #EMPTY} marks a free slot. */
    private final int[] fivegramKeys;
    /** {@code fivegramLogs[slot * n + language]}, as {@link #logs}. */
    private final float[] fivegramLogs;
    /** Turns a key's multiplicative hash into a slot: 32 minus log2 of the table's size. */
    private final int fivegramShift;

    private AsciiNgrams(List<Language> languages) {
        this.languages = languages.toArray(Language[]::new);
        this.n = languages.size();
        this.knownLetters = new boolean[LETTERS * n];
        int size = 1;
        for (int length = 1; length <= 4; length++) {
            size *= LETTERS;
            logs[length] = new float[size * n];
        }
        List<Object2FloatMap<String>> fivegrams = languages.stream().map(l -> model(l, 5)).toList();
        int distinct = (int) fivegrams.stream().flatMap(m -> m.keySet().stream()).filter(AsciiNgrams::lettersOnly)
                .distinct().count();
        // a power of two at most 60 % full
        int capacity = Integer.highestOneBit(Math.max(distinct * 5 / 3, 2) - 1) << 1;
        this.fivegramShift = Integer.numberOfLeadingZeros(capacity) + 1;
        this.fivegramKeys = new int[capacity];
        Arrays.fill(fivegramKeys, EMPTY);
        this.fivegramLogs = new float[capacity * n];
        for (int l = 0; l < n; l++) {
            for (int length = 1; length <= 4; length++) {
                Object2FloatMap<String> model = model(languages.get(l), length);
                float[] table = logs[length];
                for (int index = 0; index < table.length / n; index++) {
                    float frequency = model.getFloat(text(index, length));
                    if (length == 1) knownLetters[index * n + l] = frequency > 0;
                    // Lingua backs off from an unknown n-gram to its prefixes and adds the first frequency above zero
                    table[index * n + l] = frequency > 0 ? log(frequency) : length == 1 ? 0f : logs[length - 1][index / LETTERS * n + l];
                }
            }
        }
        for (int l = 0; l < n; l++) {
            for (Object2FloatMap.Entry<String> e : fivegrams.get(l).object2FloatEntrySet()) {
                if (lettersOnly(e.getKey()) && e.getFloatValue() > 0) {
                    int slot = slot(index(e.getKey(), 0, 5));
                    if (fivegramKeys[slot] == EMPTY) {
                        fivegramKeys[slot] = index(e.getKey(), 0, 5);
                        // until a model says otherwise, each language backs off to the quadrigram
                        for (int other = 0; other < n; other++) {
                            fivegramLogs[slot * n + other] = logs[4][fivegramKeys[slot] / LETTERS * n + other];
                        }
                    }
                    fivegramLogs[slot * n + l] = log(e.getFloatValue());
                }
            }
        }
    }

    /** Reads Lingua's models of {@code languages}, which must all be written in Latin script. */
    static AsciiNgrams of(List<Language> languages) {
        return new AsciiNgrams(languages);
    }

    /** As Lingua adds it: the float of the double logarithm of the float frequency. */
    private static float log(float frequency) {
        return (float) Math.log(frequency);
    }

    private static Object2FloatMap<String> model(Language language, int length) {
        String name = switch (length) {
            case 1 -> "unigrams";
            case 2 -> "bigrams";
            case 3 -> "trigrams";
            case 4 -> "quadrigrams";
            default -> "fivegrams";
        };
        String path = "/language-models/" + language.getIsoCode639_1() + "/" + name + ".json";
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Lingua has no model " + path);
            return TrainingDataLanguageModel.Companion.fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lingua's low-accuracy answer for {@code text}; {@code null} when the text is not one this class decides. */
    LinguaStrategy.Answer lowAccuracy(String text) {
        String cleaned = cleaned(text);
        if (cleaned == null) return null;
        if (cleaned.length() < LOW_ACCURACY_MIN_LENGTH) return new LinguaStrategy.Answer(null, 0.0);
        return answer(sums(cleaned, 3));
    }

    /** Lingua's high-accuracy answer for {@code text}; {@code null} when the text is not one this class decides. */
    LinguaStrategy.Answer highAccuracy(String text) {
        String cleaned = cleaned(text);
        if (cleaned == null) return null;
        if (cleaned.length() >= HIGH_ACCURACY_MAX_LENGTH) return answer(sums(cleaned, 3));
        float[] totals = new float[n];
        int[] divisors = null;
        for (int length = 1; length <= 5 && length <= cleaned.length(); length++) {
            float[] sums = sums(cleaned, length);
            if (length == 1) divisors = knownLetters(cleaned, sums);
            for (int l = 0; l < n; l++) totals[l] += sums[l];
        }
        for (int l = 0; l < n; l++) {
            if (divisors != null && divisors[l] > 0) totals[l] /= divisors[l];
        }
        return answer(totals);
    }

    /**
     * What Lingua divides each language's high-accuracy sum by: how many of the text's distinct letters its unigram
     * model knows, counted for the languages whose unigrams scored (for all when none did), 0 for the others.
     */
    private int[] knownLetters(String cleaned, float[] unigramSums) {
        boolean anyScored = false;
        for (float sum : unigramSums) anyScored |= sum < 0f;
        int[] known = new int[n];
        boolean[] seen = new boolean[LETTERS];
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (!letter(c) || seen[c - 'a']) continue;
            seen[c - 'a'] = true;
            for (int l = 0; l < n; l++) {
                if ((!anyScored || unigramSums[l] < 0f) && knownLetters[(c - 'a') * n + l]) known[l]++;
            }
        }
        return known;
    }

    /** Each language's sum of what Lingua adds for the distinct n-grams of that length, in Lingua's order. */
    private float[] sums(String cleaned, int length) {
        HashSet<String> distinct = new HashSet<>();
        for (int i = 0; i + length <= cleaned.length(); i++) {
            if (lettersOnly(cleaned, i, length)) distinct.add(cleaned.substring(i, i + length));
        }
        float[] sums = new float[n];
        for (String ngram : distinct) {
            int index = index(ngram, 0, length);
            int base;
            float[] table;
            if (length == 5) {
                int slot = slot(index);
                if (fivegramKeys[slot] == EMPTY) {
                    table = logs[4];
                    base = index / LETTERS * n;
                } else {
                    table = fivegramLogs;
                    base = slot * n;
                }
            } else {
                table = logs[length];
                base = index * n;
            }
            for (int l = 0; l < n; l++) sums[l] += table[base + l];
        }
        return sums;
    }

    /** The slot of a fivegram: its own, or the free one where it would go. */
    private int slot(int key) {
        int mask = fivegramKeys.length - 1;
        int slot = key * 0x9E3779B9 >>> fivegramShift;
        while (fivegramKeys[slot] != EMPTY && fivegramKeys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    /** Lingua's confidence values from the sums: the best language has 1, the others best / their sum. */
    private LinguaStrategy.Answer answer(float[] sums) {
        int best = -1;
        for (int l = 0; l < sums.length; l++) {
            if (sums[l] < 0f && (best < 0 || sums[l] > sums[best])) best = l;
        }
        if (best < 0) return new LinguaStrategy.Answer(null, 0.0);
        double second = 0.0;
        for (int l = 0; l < sums.length; l++) {
            if (l != best && sums[l] < 0f) second = Math.max(second, (double) (sums[best] / sums[l]));
        }
        return new LinguaStrategy.Answer(languages[best], 1.0 - second);
    }

    /**
     * The text as Lingua cleans it (trimmed, lower case, without punctuation and digits, runs of whitespace as one
     * space), or {@code null} when it holds a character outside ASCII or no word of letters alone: the script rules
     * would then have a say.
     */
    static String cleaned(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        StringBuilder cleaned = new StringBuilder(end - start);
        boolean letterWord = false;
        boolean wordHasLetters = false;
        boolean wordHasOther = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return null;
            if (punctuation(c) || Character.isDigit(c)) continue;
            if (whitespace(c)) {
                if (!cleaned.isEmpty() && cleaned.charAt(cleaned.length() - 1) == ' ') continue;
                letterWord |= wordHasLetters && !wordHasOther;
                wordHasLetters = false;
                wordHasOther = false;
                cleaned.append(' ');
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (letter(lower)) wordHasLetters = true;
            else wordHasOther = true;
            cleaned.append(lower);
        }
        letterWord |= wordHasLetters && !wordHasOther;
        return letterWord ? cleaned.toString() : null;
    }

    /** The n-gram's letters as a number in base 26, first letter most significant. */
    private static int index(String s, int from, int length) {
        int index = 0;
        for (int i = from; i < from + length; i++) index = index * LETTERS + (s.charAt(i) - 'a');
        return index;
    }

    private static String text(int index, int length) {
        char[] letters = new char[length];
        for (int i = length - 1; i >= 0; i--) {
            letters[i] = (char) ('a' + index % LETTERS);
            index /= LETTERS;
        }
        return new String(letters);
    }

    private static boolean lettersOnly(String s) {
        return lettersOnly(s, 0, s.length());
    }

    private static boolean lettersOnly(String s, int from, int length) {
        for (int i = from; i < from + length; i++) if (!letter(s.charAt(i))) return false;
        return true;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Lingua's {@code \s}: the ASCII whitespace of a Java regular expression. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Lingua's {@code \p{P}}: Unicode's punctuation categories. */
    private static boolean punctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
