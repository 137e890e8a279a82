package io.globaldesk.bench;

import com.sun.management.OperatingSystemMXBean;
import io.globaldesk.language.BundleCorpus;
import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.ReferenceDetectors;
import io.globaldesk.language.SupportedLanguage;
import io.globaldesk.language.TicketShapedTexts;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Cost per text of the cascade against the high-accuracy detector, in alternating blocks within one JVM. JMH runs
 * its benchmarks one after the other, so on a shared machine a change of load between them moves their ratio; here
 * both see the same load, round by round, and the medians over rounds are compared. Reports wall time and process
 * CPU time per text (Lingua works partly on the common fork-join pool, which wall time on the calling thread hides).
 * Run: ./globaldesk bench main io.globaldesk.bench.LanguageCascadeComparison [rounds]
 */
public final class LanguageCascadeComparison {

    private static final Set<SupportedLanguage> CJK = EnumSet.of(SupportedLanguage.CHINESE, SupportedLanguage.JAPANESE,
            SupportedLanguage.KOREAN);
    private static final int WARM_UP_ROUNDS = 3;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        corpora.put("ticket corpus, 60-130 chars", tickets(n -> n >= 60 && n <= 130));
        corpora.put("bundles, 60-130 chars", bundles(n -> n >= 60 && n <= 130));
        corpora.put("bundles, under 60 chars", bundles(n -> n < 60));
        LanguageDetector cascade = new LanguageDetector();
        LanguageDetector highAccuracy = ReferenceDetectors.highAccuracyLingua();
        corpora.forEach((name, texts) -> {
            List<double[]> cascadeCosts = new ArrayList<>();
            List<double[]> highAccuracyCosts = new ArrayList<>();
            for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
                double[] c = costPerText(cascade, texts);
                double[] h = costPerText(highAccuracy, texts);
                if (round >= WARM_UP_ROUNDS) {
                    cascadeCosts.add(c);
                    highAccuracyCosts.add(h);
                }
            }
            System.out.printf("%-28s %4d texts | wall: cascade %6.1f us, high accuracy %6.1f us, %.2fx"
                            + " | cpu: cascade %6.1f us, high accuracy %6.1f us, %.2fx%n", name, texts.size(),
                    median(cascadeCosts, 0), median(highAccuracyCosts, 0),
                    median(highAccuracyCosts, 0) / median(cascadeCosts, 0),
                    median(cascadeCosts, 1), median(highAccuracyCosts, 1),
                    median(highAccuracyCosts, 1) / median(cascadeCosts, 1));
        });
    }

    /** Microseconds per text: {wall, process CPU}. */
    private static double[] costPerText(LanguageDetector detector, List<String> texts) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        for (String text : texts) {
            detector.detect(text);
        }
        return new double[] {(System.nanoTime() - wall) / 1e3 / texts.size(),
                (os.getProcessCpuTime() - cpu) / 1e3 / texts.size()};
    }

    private static double median(List<double[]> costs, int index) {
        List<Double> values = new ArrayList<>(costs.stream().map(c -> c[index]).toList());
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static List<String> tickets(IntPredicate length) {
        return TicketShapedTexts.load().stream().filter(t -> !CJK.contains(t.language()))
                .map(TicketShapedTexts.Text::text).filter(t -> length.test(t.length())).toList();
    }

    private static List<String> bundles(IntPredicate length) {
        return BundleCorpus.load().stream().filter(s -> !CJK.contains(s.language()))
                .map(BundleCorpus.Sample::text).filter(t -> length.test(t.length())).toList();
    }
}
