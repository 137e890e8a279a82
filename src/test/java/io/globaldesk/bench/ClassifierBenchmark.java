package io.globaldesk.bench;

import io.globaldesk.language.DetectedLanguage;
import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.TextNormalizer;
import io.globaldesk.ticket.Classification;
import io.globaldesk.ticket.LabelledTicket;
import io.globaldesk.ticket.TicketClassifier;
import io.globaldesk.ticket.TicketCorpus;
import io.globaldesk.ticket.TicketCorpus.CorpusTicket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Latency of classifying one ticket (language detection, normalisation, keyword rules, naive Bayes) with a model
 * trained on the generated corpus, per language of the held-out tickets. {@code implementation=before} runs the
 * frozen copy of the classifier in {@code io.globaldesk.ticket.reference}, so one run compares old and new.
 * {@link #classifyWithoutLanguageDetection} swaps Lingua for a constant answer: Lingua is most of the cost of an
 * alphabetic ticket and is measured on its own by {@code LanguageDetectionBenchmark}.
 * Run: ./globaldesk bench jmh ClassifierBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ClassifierBenchmark {

    /** A classifier under test, whichever class implements it. */
    private interface Classify {
        Classification apply(String subject, String body);
    }

    /** Answers at once, so that only the classifier's own work is timed. */
    private static final class ConstantLanguage extends LanguageDetector {
        private static final DetectedLanguage ENGLISH = new DetectedLanguage("en", 1.0);

        @Override
        public DetectedLanguage detect(String text) {
            return ENGLISH;
        }
    }

    /** A language of the held-out tickets; {@code en-100} is English bodies of at most 130 characters, no subject. */
    @Param({"en", "en-100", "zh", "ja", "de"})
    public String language;

    @Param({"before", "after"})
    public String implementation;

    private Classify withLingua;
    private Classify withoutLingua;
    private List<CorpusTicket> tickets;
    private int next;

    @Setup(Level.Trial)
    public void train() {
        TicketCorpus corpus = TicketCorpus.load();
        List<LabelledTicket> training = corpus.training(42, 12).stream()
                .map(t -> new LabelledTicket(t.subject(), t.body(), t.category())).toList();
        withLingua = trained(new LanguageDetector(), training);
        withoutLingua = trained(new ConstantLanguage(), training);
        tickets = language.equals("en-100")
                ? corpus.heldOut().stream().filter(t -> t.language().equals("en") && t.body().length() <= 130)
                        .map(t -> new CorpusTicket("", t.body(), t.category(), "en")).toList()
                : corpus.heldOut().stream().filter(t -> t.language().equals(language)).toList();
    }

    private Classify trained(LanguageDetector detector, List<LabelledTicket> training) {
        return switch (implementation) {
            case "before" -> {
                var classifier = io.globaldesk.ticket.reference.TicketClassifier.withRtcDefaults(detector,
                        new io.globaldesk.ticket.reference.TextNormalizer());
                classifier.retrain(training);
                yield classifier::classify;
            }
            case "after" -> {
                TicketClassifier classifier = TicketClassifier.withRtcDefaults(detector, new TextNormalizer());
                classifier.retrain(training);
                yield classifier::classify;
            }
            default -> throw new IllegalArgumentException("implementation is before or after, was " + implementation);
        };
    }

    @Benchmark
    public Classification classify() {
        CorpusTicket ticket = tickets.get(next++ % tickets.size());
        return withLingua.apply(ticket.subject(), ticket.body());
    }

    @Benchmark
    public Classification classifyWithoutLanguageDetection() {
        CorpusTicket ticket = tickets.get(next++ % tickets.size());
        return withoutLingua.apply(ticket.subject(), ticket.body());
    }
}
