package io.globaldesk.bench;

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
 * trained on the generated corpus, per language of the held-out tickets. Run: ./globaldesk bench jmh ClassifierBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ClassifierBenchmark {

    @Param({"en", "zh", "ja", "de"})
    public String language;

    private TicketClassifier classifier;
    private List<CorpusTicket> tickets;
    private int next;

    @Setup(Level.Trial)
    public void train() {
        TicketCorpus corpus = TicketCorpus.load();
        classifier = TicketClassifier.withRtcDefaults(new LanguageDetector(), new TextNormalizer());
        classifier.retrain(corpus.training(42, 12).stream()
                .map(t -> new LabelledTicket(t.subject(), t.body(), t.category())).toList());
        tickets = corpus.heldOut().stream().filter(t -> t.language().equals(language)).toList();
    }

    @Benchmark
    public Classification classify() {
        CorpusTicket ticket = tickets.get(next++ % tickets.size());
        return classifier.classify(ticket.subject(), ticket.body());
    }
}
