package io.globaldesk.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cascade must answer as Lingua's high-accuracy mode does, only cheaper. Judged on labelled text the repository
 * already has: the message bundles (short UI sentences) and ticket-shaped texts from the classifier corpus. Only texts
 * that reach Lingua count; text its script decides (Chinese, Japanese, Korean) is answered the same way by both.
 */
class LanguageCascadeTests {

    /** At most 1 text in 200 may get another answer than from the high-accuracy mode. */
    static final double MIN_AGREEMENT = 0.995;
    /** Accuracy against the labels may drop by at most 0.2 percentage points in any length bucket... */
    static final double MAX_ACCURACY_DROP = 0.002;
    /** ...that holds enough texts for 0.2 points to mean something. */
    static final int MIN_TEXTS_PER_BUCKET = 50;

    private static final LanguageDetector cascade = new LanguageDetector();
    private static final LanguageDetector highAccuracy = ReferenceDetectors.highAccuracyLingua();

    @Test
    void answersAsHighAccuracyLinguaOnTheMessageBundles() {
        Comparison bundles = new Comparison("message bundles");
        BundleCorpus.load().forEach(s -> bundles.add(s.language(), s.text()));

        bundles.print();
        bundles.assertCascadeMatchesHighAccuracy();
    }

    @Test
    void answersAsHighAccuracyLinguaOnTicketShapedTexts() {
        Comparison tickets = new Comparison("ticket corpus");
        TicketShapedTexts.load().forEach(t -> tickets.add(t.language(), t.text()));

        tickets.print();
        tickets.assertCascadeMatchesHighAccuracy();
    }

    @Test
    void answersAsHighAccuracyLinguaOnTheDetectorTestSentences() {
        Map<String, SupportedLanguage> sentences = Map.of(
                "The remote user hears an echo of their own voice whenever I unmute the microphone.", SupportedLanguage.ENGLISH,
                "Cuando activo el micrófono, el otro usuario escucha un eco de su propia voz.", SupportedLanguage.SPANISH,
                "Quando ativo o microfone, o outro usuário ouve um eco da própria voz na chamada.", SupportedLanguage.PORTUGUESE,
                "Wenn ich das Mikrofon einschalte, hört der andere Teilnehmer ein Echo seiner eigenen Stimme.", SupportedLanguage.GERMAN,
                "Quand j'active le micro, l'autre participant entend l'écho de sa propre voix.", SupportedLanguage.FRENCH);

        sentences.forEach((text, language) -> {
            assertThat(cascade.detect(text).tag()).as(text).isEqualTo(language.tag());
            assertThat(highAccuracy.detect(text).tag()).as(text).isEqualTo(language.tag());
        });
    }

    @Test
    void answersAsHighAccuracyLinguaOnTheBenchmarkTickets() throws IOException {
        for (String line : Files.readAllLines(Path.of("bench/ticket-texts.tsv"))) {
            if (!line.startsWith("#") && line.contains("\t")) {
                String[] subjectAndBody = line.split("\t");
                String text = subjectAndBody[0] + ". " + subjectAndBody[1];

                assertThat(cascade.detect(text).tag()).as(text).isEqualTo(highAccuracy.detect(text).tag());
            }
        }
    }

    /** Both detectors' answers on one corpus, overall and per length bucket. */
    private static final class Comparison {

        private final String corpus;
        private final Map<String, Bucket> buckets = new LinkedHashMap<>();
        private final List<String> disagreements = new ArrayList<>();

        Comparison(String corpus) {
            this.corpus = corpus;
            List.of("<60", "60-120", ">120").forEach(name -> buckets.put(name, new Bucket()));
        }

        void add(SupportedLanguage label, String text) {
            ScriptProfile scripts = ScriptProfile.of(text);
            if (scripts.clearlyCjk() || scripts.letters() < LanguageDetector.MIN_LETTERS_FOR_STATISTICS) {
                return;
            }
            String byCascade = cascade.detect(text).tag();
            String byHighAccuracy = highAccuracy.detect(text).tag();
            Bucket bucket = buckets.get(text.length() < 60 ? "<60" : text.length() <= 120 ? "60-120" : ">120");
            bucket.texts++;
            bucket.agreeing += byCascade.equals(byHighAccuracy) ? 1 : 0;
            bucket.rightByCascade += byCascade.equals(label.tag()) ? 1 : 0;
            bucket.rightByHighAccuracy += byHighAccuracy.equals(label.tag()) ? 1 : 0;
            if (!byCascade.equals(byHighAccuracy)) {
                disagreements.add(label.tag() + ": cascade " + byCascade + ", high accuracy " + byHighAccuracy
                        + ": " + text);
            }
        }

        void print() {
            int texts = buckets.values().stream().mapToInt(b -> b.texts).sum();
            int agreeing = buckets.values().stream().mapToInt(b -> b.agreeing).sum();
            System.out.printf("%s: cascade = high accuracy on %d of %d texts Lingua decides (%.2f %%)%n",
                    corpus, agreeing, texts, 100.0 * agreeing / texts);
            buckets.forEach((name, b) -> System.out.printf(
                    "  %-6s %4d texts, accuracy: cascade %.2f %%, high accuracy %.2f %%%n",
                    name, b.texts, 100.0 * b.rightByCascade / b.texts, 100.0 * b.rightByHighAccuracy / b.texts));
            disagreements.forEach(d -> System.out.println("  differs: " + d));
        }

        void assertCascadeMatchesHighAccuracy() {
            int texts = buckets.values().stream().mapToInt(b -> b.texts).sum();
            int agreeing = buckets.values().stream().mapToInt(b -> b.agreeing).sum();
            assertThat(texts).as("texts that reach Lingua").isGreaterThan(500);
            assertThat((double) agreeing / texts).as("share of texts where the cascade answers as high accuracy")
                    .isGreaterThanOrEqualTo(MIN_AGREEMENT);
            buckets.forEach((name, b) -> {
                if (b.texts >= MIN_TEXTS_PER_BUCKET) {
                    assertThat((double) b.rightByCascade / b.texts).as("cascade accuracy, texts of " + name + " chars")
                            .isGreaterThanOrEqualTo((double) b.rightByHighAccuracy / b.texts - MAX_ACCURACY_DROP);
                }
            });
        }
    }

    private static final class Bucket {
        int texts;
        int agreeing;
        int rightByCascade;
        int rightByHighAccuracy;
    }
}
