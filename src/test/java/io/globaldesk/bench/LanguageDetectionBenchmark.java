package io.globaldesk.bench;

import io.globaldesk.language.DetectedLanguage;
import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.ReferenceDetectors;
import io.globaldesk.language.SupportedLanguage;
import io.globaldesk.language.TextNormalizer;
import io.globaldesk.language.TicketShapedTexts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Latency of detecting the language of a typical ticket text: Lingua for alphabetic scripts, the script fast path for
 * Chinese and Japanese. {@code detect} is production's cascade (Lingua's low-accuracy mode first, text in ASCII alone
 * scored by AsciiNgrams); {@code detectLinguaCascade}, on the same texts, is the same cascade with every text through
 * Lingua itself, as the baseline of AsciiNgrams, and {@code detectHighAccuracyOnly} the detector before the cascade. The
 * {@code *-ticket} texts are written as tickets are posted, subject + ". " + body, about 100 characters; en-ticket is
 * the first ticket of bench/ticket-texts.tsv, one of the close calls that the cascade sends on to the high-accuracy
 * mode. {@code ticket-mix} takes, in turn, every ticket-shaped text of 60 to 130 characters in an alphabetic language
 * from the classifier's corpus (TicketShapedTexts), so its mean weighs clear texts and close calls as they come. Also
 * the latency of normalising text for search (NFKC + traditional→simplified), which does not depend on the text.
 * Run: ./globaldesk bench jmh LanguageDetectionBenchmark
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LanguageDetectionBenchmark {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("en", "Since yesterday the remote video freezes every few seconds on Android 14 devices."),
            Map.entry("es", "Desde ayer el video remoto se congela cada pocos segundos en dispositivos Android 14."),
            Map.entry("de", "Seit gestern friert das entfernte Video auf Android-14-Geräten alle paar Sekunden ein."),
            Map.entry("zh", "从昨天开始，安卓14设备上的远端视频每隔几秒就卡住一次。"),
            Map.entry("ja", "昨日からAndroid 14端末で相手の映像が数秒ごとにフリーズします。"),
            Map.entry("en-ticket",
                    "No audio on iOS after update. Remote users cannot hear our iOS users since SDK 4.5.1; Android is fine."),
            Map.entry("es-ticket",
                    "Sin audio en iOS. Desde la última actualización los usuarios remotos no oyen a nuestros usuarios."),
            Map.entry("pt-ticket",
                    "Sem áudio no iOS. Desde a última atualização os usuários remotos não ouvem nossos usuários."),
            Map.entry("de-ticket",
                    "Kein Ton unter iOS. Seit dem letzten Update hören entfernte Nutzer unsere iOS-Nutzer nicht mehr."),
            Map.entry("fr-ticket",
                    "Pas de son sur iOS. Depuis la dernière mise à jour, les autres participants ne nous entendent plus."));

    @State(Scope.Benchmark)
    public static class Text {

        @Param({"en", "es", "de", "zh", "ja", "en-ticket", "es-ticket", "pt-ticket", "de-ticket", "fr-ticket",
                "ticket-mix"})
        public String language;

        final LanguageDetector cascade = new LanguageDetector();
        final LanguageDetector highAccuracyOnly = ReferenceDetectors.highAccuracyLingua();
        final LanguageDetector linguaCascade = ReferenceDetectors.linguaCascade();
        private String[] texts;
        private int next;

        @Setup
        public void warmModels() {
            texts = language.equals("ticket-mix") ? ticketMix() : new String[] {TEXTS.get(language)};
            // a short and a long text: both Lingua modes load their models before measuring starts
            for (LanguageDetector detector : new LanguageDetector[] {cascade, linguaCascade, highAccuracyOnly}) {
                detector.detect("Video freezes.");
                detector.detect(TEXTS.get("en-ticket"));
            }
        }

        String nextText() {
            String text = texts[next];
            next = (next + 1) % texts.length;
            return text;
        }

        private static String[] ticketMix() {
            Set<SupportedLanguage> cjk = EnumSet.of(SupportedLanguage.CHINESE, SupportedLanguage.JAPANESE,
                    SupportedLanguage.KOREAN);
            return TicketShapedTexts.load().stream()
                    .filter(t -> !cjk.contains(t.language()) && t.text().length() >= 60 && t.text().length() <= 130)
                    .map(TicketShapedTexts.Text::text).toArray(String[]::new);
        }
    }

    @State(Scope.Benchmark)
    public static class Normalizer {
        final TextNormalizer normalizer = new TextNormalizer();
        final String traditionalChinese = "從昨天開始，安卓14設備上的遠端視訊每隔幾秒就卡住一次。";
    }

    @Benchmark
    public DetectedLanguage detect(Text t) {
        return t.cascade.detect(t.nextText());
    }

    @Benchmark
    public DetectedLanguage detectLinguaCascade(Text t) {
        return t.linguaCascade.detect(t.nextText());
    }

    @Benchmark
    public DetectedLanguage detectHighAccuracyOnly(Text t) {
        return t.highAccuracyOnly.detect(t.nextText());
    }

    @Benchmark
    public String normalizeForSearch(Normalizer n) {
        return n.normalizer.forSearch(n.traditionalChinese);
    }
}
