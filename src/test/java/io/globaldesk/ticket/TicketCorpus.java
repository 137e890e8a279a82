package io.globaldesk.ticket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates labelled multilingual RTC tickets from {@code ticket/corpus.tsv}: ticket shapes (frames) × context
 * sentences × paraphrases of each category's problems, in eight languages, from a fixed seed. The last paraphrase,
 * frame and context of every line are held out, so {@link #heldOut()} tickets describe their problem in words the
 * training tickets never used for it.
 */
public final class TicketCorpus {

    public record CorpusTicket(String subject, String body, String category, String language) {
    }

    private record Problem(String category, String language, List<String> paraphrases) {
    }

    private final Map<String, List<String>> frames = new HashMap<>();
    private final Map<String, List<String>> contexts = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    public static TicketCorpus load() {
        try (InputStream in = TicketCorpus.class.getClassLoader().getResourceAsStream("ticket/corpus.tsv")) {
            TicketCorpus corpus = new TicketCorpus();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                corpus.read(line);
            }
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        String[] f = line.split("\t");
        switch (f[0]) {
            case "frame" -> frames.put(f[1], split(f[2]));
            case "context" -> contexts.put(f[1], split(f[2]));
            case "problem" -> problems.add(new Problem(f[1], f[2], split(f[3])));
            default -> throw new IllegalArgumentException("unknown corpus line kind " + f[0]);
        }
    }

    /** {@code perProblem} tickets for each category and language, from the training paraphrases only. */
    public List<CorpusTicket> training(long seed, int perProblem) {
        Random random = new Random(seed);
        List<CorpusTicket> tickets = new ArrayList<>();
        for (Problem problem : problems) {
            List<String> paraphrases = allButLast(problem.paraphrases());
            List<String> shapes = allButLast(frames.get(problem.language()));
            List<String> sentences = allButLast(contexts.get(problem.language()));
            for (int i = 0; i < perProblem; i++) {
                String paraphrase = paraphrases.get(i % paraphrases.size());
                tickets.add(ticket(problem, paraphrase, pick(shapes, random), pick(sentences, random), random));
            }
        }
        return tickets;
    }

    /** For each category and language, its held-out paraphrase in every ticket shape. */
    public List<CorpusTicket> heldOut() {
        Random random = new Random(7);
        List<CorpusTicket> tickets = new ArrayList<>();
        for (Problem problem : problems) {
            String paraphrase = last(problem.paraphrases());
            String context = last(contexts.get(problem.language()));
            for (String shape : frames.get(problem.language())) {
                tickets.add(ticket(problem, paraphrase, shape, context, random));
            }
        }
        return tickets;
    }

    private static CorpusTicket ticket(Problem problem, String paraphrase, String shape, String context,
                                       Random random) {
        String body = shape.replace("{p}", paraphrase).replace("{ctx}", context);
        String subject = random.nextInt(4) == 0 ? "" : subjectOf(paraphrase);
        return new CorpusTicket(subject, body, problem.category(), problem.language());
    }

    /** What a customer types as a subject: the first words, or the first characters of CJK text. */
    private static String subjectOf(String paraphrase) {
        String[] words = paraphrase.split(" ");
        if (words.length >= 4) {
            return String.join(" ", List.of(words).subList(0, Math.min(6, words.length)));
        }
        return paraphrase.substring(0, Math.min(14, paraphrase.length()));
    }

    private static List<String> split(String field) {
        return List.of(field.split(" \\| "));
    }

    private static List<String> allButLast(List<String> values) {
        return values.subList(0, values.size() - 1);
    }

    private static String last(List<String> values) {
        return values.get(values.size() - 1);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
