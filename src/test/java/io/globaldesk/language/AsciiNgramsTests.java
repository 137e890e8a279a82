package io.globaldesk.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.github.pemistahl.lingua.api.LanguageDetector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AsciiNgrams} must give Lingua's own answers in both modes, bit for bit (the same best language and the same
 * lead as a double), on every text it accepts, and must leave every other text to Lingua.
 */
class AsciiNgramsTests {

    private static final LanguageDetector lowAccuracy = LinguaModels.lowAccuracy();
    private static final LanguageDetector highAccuracy = LinguaModels.highAccuracy();
    private static final AsciiNgrams ascii = LinguaModels.asciiNgrams();

    /** Words of the five Latin-script languages without accents, and ticket jargon. */
    private static final String[] WORDS = ("the call drops after update when users join channel audio video echo "
            + "el usuario no puede escuchar la llamada cuando se une al canal con error de red "
            + "o cliente nao consegue ouvir a chamada quando entra no canal com erro de rede "
            + "der Anruf bricht nach dem Update ab wenn Nutzer dem Kanal beitreten mit Fehler "
            + "le client ne peut pas entendre l appel quand il rejoint le canal avec erreur de connexion "
            + "SDK iOS Android RTC RTMP WebRTC token UID API HTTP").split(" ");
    /** Every ASCII character that is not a letter: punctuation, digits, symbols, whitespace and controls. */
    private static final String OTHERS;

    static {
        StringBuilder others = new StringBuilder();
        for (char c = 0; c < 0x80; c++) if (!Character.isLetter(c)) others.append(c);
        OTHERS = others.toString();
    }

    @Test
    void answersAsLinguaOnTheBundlesTheTicketCorpusAndTheBenchmarkTickets() throws IOException {
        List<String> texts = new ArrayList<>();
        BundleCorpus.load().forEach(s -> texts.add(s.text()));
        TicketShapedTexts.load().forEach(t -> texts.add(t.text()));
        for (String line : Files.readAllLines(Path.of("bench/ticket-texts.tsv"))) {
            if (!line.startsWith("#") && line.contains("\t")) texts.add(line.replace("\t", ". "));
        }

        int compared = compare(texts);

        assertThat(compared).as("ASCII texts among %d", texts.size()).isGreaterThan(500);
    }

    @Test
    void theDetectorAnswersAsWithLinguaAloneLanguageAndConfidence() {
        io.globaldesk.language.LanguageDetector production = new io.globaldesk.language.LanguageDetector();
        io.globaldesk.language.LanguageDetector linguaAlone = ReferenceDetectors.linguaCascade();
        List<String> texts = new ArrayList<>(generated(500));
        BundleCorpus.load().forEach(s -> texts.add(s.text()));
        TicketShapedTexts.load().forEach(t -> texts.add(t.text()));

        for (String text : texts) {
            assertThat(production.detect(text)).as(text).isEqualTo(linguaAlone.detect(text));
        }
    }

    @Test
    void answersAsLinguaOnGeneratedTextWithEveryAsciiCharacter() {
        List<String> texts = generated(3_000);

        int compared = compare(texts);

        assertThat(compared).isGreaterThan(2_500);
    }

    /** Sentences of words from the five languages, with every ASCII character that is not a letter in and between. */
    private static List<String> generated(int count) {
        Random random = new Random(20261207);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                if (random.nextInt(4) == 0) word = word.toUpperCase();
                text.append(word);
                // punctuation and digits inside words join letters once Lingua removes them; symbols split them
                if (random.nextInt(3) == 0) text.append(OTHERS.charAt(random.nextInt(OTHERS.length())));
                if (random.nextInt(5) == 0) text.append(WORDS[random.nextInt(WORDS.length)]);
                text.append(random.nextInt(6) == 0 ? OTHERS.charAt(random.nextInt(OTHERS.length())) : ' ');
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void answersAsLinguaOnRandomLetters() {
        // gibberish reaches trigrams and bigrams no model knows, where Lingua backs off to shorter prefixes
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 3 + random.nextInt(60); c > 0; c--) {
                text.append(random.nextInt(7) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
            }
            texts.add(text.toString());
        }

        int compared = compare(texts);

        assertThat(compared).isGreaterThan(900);
    }

    @Test
    void answersAsLinguaOnVeryShortTexts() {
        List<String> texts = List.of("a", "ab", "abc", "ab c", " ab ", "a.b", "a-b-c", "x y z", "ok", "the", "der", "que",
                "AB", "1a2b3c", "hello", "a!b", "$ abc", "ab\tc");

        int compared = compare(texts);

        assertThat(compared).isEqualTo(texts.size());
    }

    @Test
    void cleansAsLinguaDoesAroundEveryAsciiCharacter() {
        for (char c = 0; c < 0x80; c++) {
            for (String text : List.of("call" + c + "drops again", c + "call drops " + c, "call " + c + c + " drops",
                    "  " + c + "Call  DROPS" + c + "  ")) {
                String cleaned = AsciiNgrams.cleaned(text);
                if (cleaned != null) {
                    assertThat(cleaned).as("char %d in %s", (int) c, text).isEqualTo(lowAccuracy.cleanUpInputText$lingua(text));
                }
            }
        }
    }

    @Test
    void leavesTextTheScriptRulesCouldDecideToLingua() {
        for (String text : List.of("Café au lait: l'appel coupe", "Die Verbindung bricht ab – immer", "No audio 🙁",
                "a+b c=d x|y", "1234 !!! ...", "")) {
            assertThat(ascii.lowAccuracy(text)).as(text).isNull();
            assertThat(ascii.highAccuracy(text)).as(text).isNull();
        }
        assertThat(ascii.lowAccuracy("No audio on iOS after update")).isNotNull();
        assertThat(ascii.highAccuracy("No audio on iOS after update")).isNotNull();
    }

    @Test
    void findsTheLanguageOfPlainAsciiSentences() {
        assertThat(ascii.lowAccuracy("Remote users cannot hear our users since the last update").best())
                .isEqualTo(com.github.pemistahl.lingua.api.Language.ENGLISH);
        assertThat(ascii.highAccuracy("Die Teilnehmer koennen sich seit dem letzten Update nicht mehr hoeren").best())
                .isEqualTo(com.github.pemistahl.lingua.api.Language.GERMAN);
        assertThat(ascii.highAccuracy("Los usuarios no pueden escuchar la llamada").best())
                .isEqualTo(com.github.pemistahl.lingua.api.Language.SPANISH);
    }

    /** Compares, in both modes, every text this class accepts with Lingua's answer; answers how many it accepted. */
    private static int compare(List<String> texts) {
        int compared = 0;
        for (String text : texts) {
            LinguaStrategy.Answer fast = ascii.lowAccuracy(text);
            LinguaStrategy.Answer fastHigh = ascii.highAccuracy(text);
            assertThat(fastHigh == null).as("both modes accept %s, or neither", text).isEqualTo(fast == null);
            if (fast == null) continue;
            compared++;
            assertThat(fast).as("low accuracy: %s", text)
                    .isEqualTo(LinguaStrategy.Answer.of(lowAccuracy.computeLanguageConfidenceValues(text)));
            assertThat(fastHigh).as("high accuracy: %s", text)
                    .isEqualTo(LinguaStrategy.Answer.of(highAccuracy.computeLanguageConfidenceValues(text)));
        }
        return compared;
    }
}
