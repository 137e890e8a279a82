package io.globaldesk.language;

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
import java.util.Objects;

/**
 * Labelled ticket-like texts in every supported language, built from the classifier's corpus
 * ({@code ticket/corpus.tsv}, test resources): each ticket shape ("Hi team, {p}. {ctx} Can you help?") with each
 * problem paraphrase of its language, and one of the language's context sentences in turn. Only the file is shared
 * with the ticket tests; reading it here keeps this package's tests independent of theirs.
 */
public final class TicketShapedTexts {

    /** A ticket text written in {@code language}. */
    public record Text(SupportedLanguage language, String text) {
    }

    private TicketShapedTexts() {
    }

    public static List<Text> load() {
        Map<String, List<String>> frames = new HashMap<>();
        Map<String, List<String>> contexts = new HashMap<>();
        Map<String, List<String>> paraphrases = new HashMap<>();
        for (String line : lines()) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "frame" -> frames.put(f[1], alternatives(f[2]));
                case "context" -> contexts.put(f[1], alternatives(f[2]));
                case "problem" -> paraphrases.computeIfAbsent(f[2], k -> new ArrayList<>()).addAll(alternatives(f[3]));
                default -> throw new IllegalArgumentException("unknown line kind in ticket/corpus.tsv: " + f[0]);
            }
        }
        List<Text> texts = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            String tag = language.tag();
            List<String> sentences = contexts.get(tag);
            int turn = 0;
            for (String frame : frames.get(tag)) {
                for (String problem : paraphrases.get(tag)) {
                    String context = sentences.get(turn++ % sentences.size());
                    texts.add(new Text(language, fill(frame, problem, context)));
                }
            }
        }
        return texts;
    }

    /** A frame that opens with the problem gets it capitalised, as a person would write it. */
    private static String fill(String frame, String problem, String context) {
        String p = frame.startsWith("{p}") ? Character.toUpperCase(problem.charAt(0)) + problem.substring(1) : problem;
        return frame.replace("{p}", p).replace("{ctx}", context);
    }

    private static List<String> alternatives(String field) {
        return List.of(field.split("\\s*\\|\\s*"));
    }

    private static List<String> lines() {
        try (InputStream in = Objects.requireNonNull(
                TicketShapedTexts.class.getClassLoader().getResourceAsStream("ticket/corpus.tsv"),
                "ticket/corpus.tsv is not on the test class path")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
