package io.globaldesk.bench;

import io.globaldesk.language.DetectedLanguage;
import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.TextNormalizer;
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

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Latency of detecting the language of a typical ticket sentence: Lingua for alphabetic scripts, the script fast
 * path for Chinese, Japanese and Korean; and of normalising text for search (NFKC + traditional→simplified).
 * Run: ./globaldesk bench jmh LanguageDetectionBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LanguageDetectionBenchmark {

    private static final Map<String, String> TEXTS = Map.of(
            "en", "Since yesterday the remote video freezes every few seconds on Android 14 devices.",
            "es", "Desde ayer el video remoto se congela cada pocos segundos en dispositivos Android 14.",
            "de", "Seit gestern friert das entfernte Video auf Android-14-Geräten alle paar Sekunden ein.",
            "zh", "从昨天开始，安卓14设备上的远端视频每隔几秒就卡住一次。",
            "ja", "昨日からAndroid 14端末で相手の映像が数秒ごとにフリーズします。",
            "zh-Hant", "從昨天開始，安卓14設備上的遠端視訊每隔幾秒就卡住一次。");

    @Param({"en", "es", "de", "zh", "ja"})
    public String language;

    private final LanguageDetector detector = new LanguageDetector();
    private final TextNormalizer normalizer = new TextNormalizer();
    private String text;

    @Setup
    public void warmModels() {
        text = TEXTS.get(language);
        detector.detect(TEXTS.get("en"));
    }

    @Benchmark
    public DetectedLanguage detect() {
        return detector.detect(text);
    }

    @Benchmark
    public String normalizeForSearch() {
        return normalizer.forSearch(TEXTS.get("zh-Hant"));
    }
}
