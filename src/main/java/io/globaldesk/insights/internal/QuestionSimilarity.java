package io.globaldesk.insights.internal;

import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Whether two questions ask the same thing: their terms are compared with the Dice coefficient. Terms are the stemmed
 * words without stop words; for Chinese, Japanese and Korean, the segmented words plus character bigrams, so that
 * paraphrases segmented differently still meet.
 */
public final class QuestionSimilarity {

    /** Two questions with at least this Dice similarity are one documentation gap. */
    public static final double SAME_QUESTION = 0.5;

    /** Question and function words that say how something is asked, not what. */
    private static final java.util.regex.Pattern CJK_FUNCTION_WORDS = java.util.regex.Pattern.compile(
            "如何|怎么|怎样|为什么|请问|什么|是否|可以|吗|呢|的|了|どうすれば|どうやって|ですか|ますか|方法|には|を|は|が|の|か|어떻게|하나요|방법");

    private QuestionSimilarity() {
    }

    public static Set<String> terms(String language, String question) {
        String text = Normalizer.normalize(question == null ? "" : question, Normalizer.Form.NFKC);
        Set<String> terms = new TreeSet<>();
        if (TextAnalysis.segmented(language)) {
            String content = CJK_FUNCTION_WORDS.matcher(text).replaceAll(" ");
            terms.addAll(TextAnalysis.words(language, content));
            String letters = content.replaceAll("[^\\p{L}\\p{N}]", "");
            for (int i = 0; i + 1 < letters.length(); i++) {
                if (Character.isIdeographic(letters.charAt(i)) || letters.charAt(i) > 0x3000) terms.add(letters.substring(i, i + 2));
            }
            return terms;
        }
        SnowballStemmer stemmer = stemmer(TextAnalysis.language(language));
        for (String word : TextAnalysis.words(language, text)) {
            stemmer.setCurrent(word);
            stemmer.stem();
            terms.add(stemmer.getCurrent());
        }
        return terms;
    }

    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String t : a) if (b.contains(t)) common++;
        return 2.0 * common / (a.size() + b.size());
    }

    private static SnowballStemmer stemmer(String language) {
        return switch (language) {
            case "de" -> new GermanStemmer();
            case "fr" -> new FrenchStemmer();
            case "es" -> new SpanishStemmer();
            case "pt" -> new PortugueseStemmer();
            default -> new EnglishStemmer();
        };
    }
}
