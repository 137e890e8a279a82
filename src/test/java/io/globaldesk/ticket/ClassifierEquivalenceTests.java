package io.globaldesk.ticket;

import io.globaldesk.language.DetectedLanguage;
import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.TextNormalizer;
import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.TicketCorpus.CorpusTicket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Differential test of the classifier's hot path against the frozen copy of how it was before
 * ({@code io.globaldesk.ticket.reference}): on the whole generated corpus in eight languages, on the corpus rewritten
 * in upper case and full width, on random mixes of keywords, near-keywords, traditional Chinese, control characters and
 * surrogates, on random code points, and on hand-picked edge cases, every step (normalised text, search text, keyword
 * scores, severity, features in their iteration order, posteriors) and the final {@link Classification} must be
 * exactly what the old code gives, the confidence to the bit.
 */
class ClassifierEquivalenceTests {

    private static final String[] SEPARATORS = {"", " ", "  ", "\n", ", ", ". ", "。", "\t", "-", "_", "/"};
    private static final LanguageDetector DETECTOR = new RememberingDetector();
    private static final List<Ticket> TICKETS = tickets();

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final io.globaldesk.ticket.reference.TextNormalizer OLD_NORMALIZER =
            new io.globaldesk.ticket.reference.TextNormalizer();
    private static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.rtcDefaults();

    private static TicketClassifier cold;
    private static TicketClassifier trained;
    private static io.globaldesk.ticket.reference.TicketClassifier oldCold;
    private static io.globaldesk.ticket.reference.TicketClassifier oldTrained;

    record Ticket(String subject, String body) {
        String text() {
            return TicketClassifier.join(subject, body);
        }
    }

    @BeforeAll
    static void train() {
        List<LabelledTicket> training = TicketCorpus.load().training(42, 12).stream()
                .map(t -> new LabelledTicket(t.subject(), t.body(), t.category())).toList();
        cold = TicketClassifier.withRtcDefaults(DETECTOR, NORMALIZER);
        oldCold = io.globaldesk.ticket.reference.TicketClassifier.withRtcDefaults(DETECTOR, OLD_NORMALIZER);
        trained = TicketClassifier.withRtcDefaults(DETECTOR, NORMALIZER);
        trained.retrain(training);
        oldTrained = io.globaldesk.ticket.reference.TicketClassifier.withRtcDefaults(DETECTOR, OLD_NORMALIZER);
        oldTrained.retrain(training);
        // incremental learning takes the other path into the model
        for (int i = 0; i < 40; i++) {
            LabelledTicket t = training.get(i * 37 % training.size());
            trained.learn(t.subject(), t.body(), t.category());
            oldTrained.learn(t.subject(), t.body(), t.category());
        }
    }

    @Test
    void theTestTextsCoverEveryLanguageEdgeCaseAndOutcome() {
        Set<String> languages = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        Set<Severity> severities = new TreeSet<>();
        for (Ticket ticket : TICKETS) {
            Classification c = oldTrained.classify(ticket.subject(), ticket.body());
            languages.add(c.language());
            categories.add(c.category());
            severities.add(c.severity());
        }
        System.out.println("Equivalence texts: " + TICKETS.size() + "; languages " + languages + "; categories "
                + categories.size() + "; severities " + severities);

        assertThat(TICKETS).hasSizeGreaterThan(4_000);
        assertThat(languages).contains("en", "zh", "ja", "ko", "es", "pt", "de", "fr", "und");
        assertThat(categories).containsAll(TAXONOMY.categories());
        assertThat(severities).hasSize(4);
    }

    @Test
    void normalisedAndSearchTextsAreUnchanged() {
        for (Ticket ticket : TICKETS) {
            String text = ticket.text();
            String clean = NORMALIZER.normalize(text);
            String oldClean = OLD_NORMALIZER.normalize(text);
            String oldSearch = OLD_NORMALIZER.forSearch(oldClean);

            assertSame(clean, oldClean, "normalize", ticket);
            assertSame(NORMALIZER.forSearchOfNormalized(clean), oldSearch, "forSearchOfNormalized", ticket);
            assertSame(NORMALIZER.forSearch(text), OLD_NORMALIZER.forSearch(text), "forSearch", ticket);
            assertSame(NORMALIZER.toSimplifiedChinese(text), OLD_NORMALIZER.toSimplifiedChinese(text),
                    "toSimplifiedChinese", ticket);
        }
    }

    /** The one place where normalising twice is not normalising once: text cut at the cap right after a space. */
    @Test
    void searchTextOfNormalisedTextIsUnchangedAtEveryLengthCap() {
        List<Ticket> sample = TICKETS.subList(0, 400);
        for (int cap = 1; cap <= 64; cap++) {
            TextNormalizer capped = new TextNormalizer(cap);
            io.globaldesk.ticket.reference.TextNormalizer oldCapped =
                    new io.globaldesk.ticket.reference.TextNormalizer(cap);
            for (Ticket ticket : sample) {
                String oldSearch = oldCapped.forSearch(oldCapped.normalize(ticket.text()));
                assertSame(capped.forSearchOfNormalized(capped.normalize(ticket.text())), oldSearch,
                        "forSearchOfNormalized at cap " + cap, ticket);
            }
        }
    }

    @Test
    void keywordScoresSeverityAndFeaturesAreUnchanged() {
        CategoryKeywordRules rules = CategoryKeywordRules.rtcDefaults();
        var oldRules = io.globaldesk.ticket.reference.CategoryKeywordRules.rtcDefaults();
        CategoryTaxonomy oddTaxonomy = new CategoryTaxonomy(List.of("odd", "streaming", "rest"), "rest");
        CategoryKeywordRules odd = new CategoryKeywordRules(oddKeywords());
        var oldOdd = new io.globaldesk.ticket.reference.CategoryKeywordRules(oddKeywords());
        SeverityRules severity = new SeverityRules();
        var oldSeverity = new io.globaldesk.ticket.reference.SeverityRules();
        int hits = 0;
        for (Ticket ticket : TICKETS) {
            String normalized = OLD_NORMALIZER.forSearch(ticket.text());
            double[] scores = rules.score(normalized, TAXONOMY);
            double[] oldScores = oldRules.score(normalized, TAXONOMY);
            hits += (int) Arrays.stream(oldScores).sum();

            assertSame(Arrays.toString(scores), Arrays.toString(oldScores), "rule scores", ticket);
            assertSame(Arrays.toString(odd.score(normalized, oddTaxonomy)),
                    Arrays.toString(oldOdd.score(normalized, oddTaxonomy)), "odd rule scores", ticket);
            assertSame(severity.suggest(normalized), oldSeverity.suggest(normalized), "severity", ticket);
            assertSame(List.copyOf(TicketFeatures.of(normalized).entrySet()),
                    List.copyOf(io.globaldesk.ticket.reference.TicketFeatures.of(normalized).entrySet()),
                    "features in iteration order", ticket);
        }
        assertThat(hits).as("keyword hits over all texts").isGreaterThan(TICKETS.size());
    }

    @Test
    void posteriorsHaveTheSameBits() {
        NaiveBayesModel model = new NaiveBayesModel(TAXONOMY.size());
        var oldModel = new io.globaldesk.ticket.reference.NaiveBayesModel(TAXONOMY.size());
        for (CorpusTicket t : TicketCorpus.load().training(42, 12)) {
            String normalized = OLD_NORMALIZER.forSearch(TicketClassifier.join(t.subject(), t.body()));
            Map<String, Integer> features = io.globaldesk.ticket.reference.TicketFeatures.of(normalized);
            model.learn(features, TAXONOMY.categories().indexOf(t.category()));
            oldModel.learn(features, TAXONOMY.categories().indexOf(t.category()));
        }
        for (int i = 0; i < TICKETS.size(); i++) {
            Ticket ticket = TICKETS.get(i);
            var features = io.globaldesk.ticket.reference.TicketFeatures.of(OLD_NORMALIZER.forSearch(ticket.text()));

            assertSame(bits(model.posteriors(features)), bits(oldModel.posteriors(features)), "posteriors", ticket);
            if (i % 7 == 0) { // learning between classifications changes every likelihood the model remembers
                model.learn(features, i % TAXONOMY.size());
                oldModel.learn(features, i % TAXONOMY.size());
            }
        }
    }

    @Test
    void classificationIsUnchangedOnAColdStart() {
        for (Ticket ticket : TICKETS) {
            assertSameClassification(cold.classify(ticket.subject(), ticket.body()),
                    oldCold.classify(ticket.subject(), ticket.body()), ticket);
        }
    }

    @Test
    void classificationIsUnchangedWithATrainedModel() {
        for (Ticket ticket : TICKETS) {
            assertSameClassification(trained.classify(ticket.subject(), ticket.body()),
                    oldTrained.classify(ticket.subject(), ticket.body()), ticket);
        }
    }

    @Test
    void classificationIsUnchangedWithACappedNormalizerAndCustomRules() {
        for (int cap : new int[] {7, 40}) {
            CategoryTaxonomy taxonomy = new CategoryTaxonomy(List.of("odd", "streaming", "rest"), "rest");
            TicketClassifier custom = new TicketClassifier(taxonomy, new CategoryKeywordRules(oddKeywords()),
                    DETECTOR, new TextNormalizer(cap));
            var oldCustom = new io.globaldesk.ticket.reference.TicketClassifier(taxonomy,
                    new io.globaldesk.ticket.reference.CategoryKeywordRules(oddKeywords()), DETECTOR,
                    new io.globaldesk.ticket.reference.TextNormalizer(cap));
            for (Ticket ticket : TICKETS.subList(0, 600)) {
                custom.learn(ticket.subject(), ticket.body(), taxonomy.categories().get(ticket.body().length() % 3));
                oldCustom.learn(ticket.subject(), ticket.body(), taxonomy.categories().get(ticket.body().length() % 3));
            }
            for (Ticket ticket : TICKETS) {
                assertSameClassification(custom.classify(ticket.subject(), ticket.body()),
                        oldCustom.classify(ticket.subject(), ticket.body()), ticket);
            }
        }
    }

    private static void assertSameClassification(Classification actual, Classification expected, Ticket ticket) {
        assertSame(actual, expected, "classification", ticket);
        assertSame(Double.doubleToRawLongBits(actual.confidence()), Double.doubleToRawLongBits(expected.confidence()),
                "confidence bits", ticket);
    }

    private static void assertSame(Object actual, Object expected, String what, Ticket ticket) {
        if (!expected.equals(actual)) {
            fail(what + " differs for subject " + escaped(ticket.subject()) + ", body " + escaped(ticket.body())
                    + ":\n  new " + actual + "\n  old " + expected);
        }
    }

    private static List<Long> bits(double[] values) {
        return Arrays.stream(values).mapToObj(Double::doubleToRawLongBits).toList();
    }

    private static String escaped(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        String shown = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        shown.chars().forEach(c -> out.append(c < 0x20 || Character.isSurrogate((char) c) || (c >= 0x2000 && c < 0x2070)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    /** Keywords that test the matching rules rather than a taxonomy: duplicates, case, width, scripts, symbols. */
    private static Map<String, List<String>> oddKeywords() {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        keywords.put("odd", List.of("mic", "mic", "MIC", "ｍｉｃ", "c++", ".net", "2fa", "m1", "4g", "é", "İ", "ß",
                "ẞ", "-", "'", "\u0301", "e\u0301", "ﬁ", "Σ", "σ", "ς", "😀", "𠀀", "帳號", "賬號", "声音", "聲音",
                "a b", "ab", "abcde", "abcdef", "dynamic", "ｶﾒﾗ", "카메라", "rtm", "rtmp"));
        keywords.put("streaming", List.of("rtmp", "cdn", "ＣＤＮ", "直播", "推流", "live stream", "hls"));
        keywords.put("nowhere", List.of("not in the taxonomy"));
        return keywords;
    }

    // ----- the texts -----

    private static List<Ticket> tickets() {
        List<Ticket> tickets = new ArrayList<>();
        TicketCorpus corpus = TicketCorpus.load();
        List<CorpusTicket> generated = new ArrayList<>(corpus.training(42, 12));
        generated.addAll(corpus.heldOut());
        generated.forEach(t -> tickets.add(new Ticket(t.subject(), t.body())));
        for (CorpusTicket t : corpus.training(3, 2)) {
            tickets.add(new Ticket(t.subject().toUpperCase(Locale.ROOT), fullWidth(t.body())));
        }
        edgeCases().forEach(text -> tickets.add(new Ticket(null, text)));
        Random random = new Random(20_240_611);
        List<String> fragments = fragments();
        for (int i = 0; i < 1_500; i++) {
            tickets.add(new Ticket(random.nextInt(3) == 0 ? "" : mix(fragments, random, 3),
                    mix(fragments, random, 14)));
        }
        for (int i = 0; i < 300; i++) {
            tickets.add(new Ticket("", randomCodePoints(random)));
        }
        return tickets;
    }

    private static List<String> edgeCases() {
        return List.of("", " ", "   \n\n  ", "!!!", "...?!", "。、！", "\u0000\u0007", "\u200b\u202e\ufeff",
                "mic", "dynamic", "the mic is off", "mic.", "Microphone", "dynamic microphone", "micro", "MIC!",
                "ＳＤＫ crash", "ｍｉｃ", "ＡＮＤＲＯＩＤ ＳＤＫ", "recorded", "record", "recording", "re-record",
                "c++ dll crash", "asp.net", ".net sdk", "2fa", "m1 m2 macbook", "4g5g", "RTMP 推流",
                "視訊通話時聲音斷斷續續", "帳號無法登入", "網絡延遲很高，錄製失敗", "發票金額不對", "麥克風沒有聲音", "為甚麼錄製的畫面裡沒有聲音",
                "ｶﾒﾗが映らない", "全員が通話できません", "서비스 장애", "😀😀", "𠀀𠀁 声音", "a\ud800b", "\udc00mic",
                "mic\ud83d", "\ud83d\ude00mic", "mic\ud83d\ude00", "e\u0301cho", "écho", "Σ ΣΑΣ", "İstanbul ı",
                "ﬁrewall", "①②", "㍻", "Production down: all users fail", "Outage! Everyone gets error 110",
                "how to", "How do I", "hors service", "production à l'arrêt", "l'arrêt", "tab\tseparated\twords",
                "crlf\r\nline\rbreaks", "nbsp\u00a0and\u3000ideographic space",
                "video freezes \u0000\u202e\ud800 ".repeat(4_000), "a ".repeat(10_001) + "mic",
                "x".repeat(19_999) + " mic", "x".repeat(19_999) + "😀 mic", "声".repeat(25_000));
    }

    /** Keywords of the default rules, severity cues, near misses and characters normalising must handle. */
    private static List<String> fragments() {
        List<String> fragments = new ArrayList<>(List.of("dynamic", "mic", "microphone", "recorded", "record",
                "c++", ".net", "asp.net", "2fa", "m1", "ＳＤＫ", "ｍｉｃ", "ＡＮＤＲＯＩＤ", "Ｅｃｈｏ", "視訊", "聲音",
                "網絡", "錄製", "帳號", "賬單", "連線", "餘額", "於", "乾", "發票", "麥克風", "後", "裡",
                "甚麼", "內裡", "乾坤", "畫分", "單幹", "幹甚麼", "ｶﾒﾗ", "ﾏｲｸ",
                "카메라", "소리", "음성", "🎤", "😀", "𠀀", "𝐀𝐁𝐂", "e\u0301", "\u0301", "ﬁ", "Ⅻ", "①", "㍻", "İ",
                "ß", "ẞ", "Σ", "ΣΑΣ", "\u0000", "\u0007", "\u200b", "\u202e", "\u2066", "\ufeff", "\t", "\r\n",
                "\r", "\n\n\n", "\ud800", "\udc00", "\u00a0", "\u3000", "¿", "!", "。", "、", "-", "'", "42",
                "production down", "all users", "everyone", "urgent", "how to", "question", "宕机", "全部", "紧急",
                "如何", "障害", "全員", "至急", "教えて", "장애", "모든 사용자", "긴급", "어떻게", "caída", "ausfall",
                "panne", "dringend", "comment"));
        fragments.addAll(defaultKeywords());
        return fragments;
    }

    private static List<String> defaultKeywords() {
        List<String> keywords = new ArrayList<>();
        try (var in = ClassifierEquivalenceTests.class.getClassLoader()
                .getResourceAsStream(CategoryKeywordRules.RTC_DEFAULTS);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                if (!line.startsWith("#") && fields.length == 3) {
                    for (String keyword : fields[2].split(",")) {
                        keywords.add(keyword.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keywords;
    }

    private static String mix(List<String> fragments, Random random, int maxFragments) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(maxFragments);
        for (int i = 0; i < n; i++) {
            String fragment = fragments.get(random.nextInt(fragments.size()));
            switch (random.nextInt(6)) {
                case 0 -> fragment = fragment.toUpperCase(Locale.ROOT);
                case 1 -> fragment = fullWidth(fragment);
                default -> {
                }
            }
            text.append(fragment).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        return text.toString();
    }

    /** Random code points, mostly from the scripts tickets use, some from anywhere (lone surrogates included). */
    private static String randomCodePoints(Random random) {
        int[][] ranges = {{0x20, 0x7f}, {0xa0, 0x250}, {0x370, 0x530}, {0x1100, 0x1200}, {0x2000, 0x2070},
                {0x3000, 0x3100}, {0x4e00, 0x9fff}, {0xac00, 0xd7a4}, {0xff00, 0xfff0}, {0x1f600, 0x1f650},
                {0x20000, 0x20100}, {0, 0x110000}};
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            int[] range = ranges[random.nextInt(ranges.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0]));
        }
        return text.toString();
    }

    /** ASCII letters, digits and punctuation as their full-width forms, which NFKC folds back. */
    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xff01) : (char) c));
        return out.toString();
    }

    /**
     * Lingua is the same code for both sides and most of the cost of each call; answering a text seen before from
     * memory keeps this test fast. A text the two sides normalise differently is simply detected twice.
     */
    private static final class RememberingDetector extends LanguageDetector {
        private final Map<String, DetectedLanguage> seen = new ConcurrentHashMap<>();

        @Override
        public DetectedLanguage detect(String text) {
            return text == null ? super.detect(null) : seen.computeIfAbsent(text, super::detect);
        }
    }
}
