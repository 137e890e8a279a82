package io.globaldesk.insights.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words of a ticket or question, per language: Chinese, Japanese and Korean are segmented by Lucene's dictionary
 * analyzers (SmartCN, Kuromoji, Nori); the other languages are split by the standard tokenizer without their stop
 * words. Words are lower-cased but not stemmed, so they read well as keywords.
 */
public final class TextAnalysis {

    private static final Set<String> SEGMENTED = Set.of("zh", "ja", "ko");
    /** Support chatter that names no theme in any language. */
    private static final Set<String> NOISE = Set.of("hello", "hi", "please", "thanks", "thank", "help", "issue", "problem",
            "question", "hola", "bonjour", "hallo", "olá", "obrigado", "gracias", "merci", "danke", "bitte", "when", "our",
            "we", "can", "how", "what", "why", "does", "do", "after", "since", "using", "use", "get", "some", "all");
    private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

    private TextAnalysis() {
    }

    /** Primary language subtag, lower case; unknown or blank means English. */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) return "en";
        String primary = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.isEmpty() ? "en" : primary;
    }

    public static boolean segmented(String language) {
        return SEGMENTED.contains(language(language));
    }

    /** The words of {@code text}: no stop words, no numbers alone, no single Latin letters. */
    public static List<String> words(String language, String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) return words;
        Analyzer analyzer = ANALYZERS.computeIfAbsent(language(language), TextAnalysis::analyzer);
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString().toLowerCase(Locale.ROOT);
                if (keep(word)) words.add(word);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Text ready for Carrot2: Chinese, Japanese and Korean come out as space-separated words (Carrot2 has no
     * segmenter for them); other languages are left as written, Carrot2 tokenizes and stems them itself.
     */
    public static String forClustering(String language, String text) {
        if (text == null) return "";
        return segmented(language) ? String.join(" ", words(language, text)) : text;
    }

    /** A label made of segmented words reads without the spaces between CJK characters. */
    public static String readable(String label) {
        return label.replaceAll("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])\\s+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])", "");
    }

    private static boolean keep(String word) {
        if (word.isBlank() || NOISE.contains(word)) return false;
        if (word.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')) return false;
        if (word.length() == 1 && word.charAt(0) < 0x2E80) return false;
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static Analyzer analyzer(String language) {
        return switch (language) {
            case "zh" -> new SmartChineseAnalyzer(true);
            case "ja" -> new JapaneseAnalyzer();
            case "ko" -> new KoreanAnalyzer();
            case "de" -> new StandardAnalyzer(GermanAnalyzer.getDefaultStopSet());
            case "fr" -> new StandardAnalyzer(FrenchAnalyzer.getDefaultStopSet());
            case "es" -> new StandardAnalyzer(SpanishAnalyzer.getDefaultStopSet());
            case "pt" -> new StandardAnalyzer(PortugueseAnalyzer.getDefaultStopSet());
            default -> new StandardAnalyzer(new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true));
        };
    }
}
