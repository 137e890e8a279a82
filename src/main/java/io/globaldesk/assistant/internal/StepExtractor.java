package io.globaldesk.assistant.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the part of an article's Markdown that answers a question: the numbered steps of the section whose words best
 * match it, or else its best paragraph. Returned as plain text lines, without markup.
 */
public final class StepExtractor {

    private static final Pattern STEP = Pattern.compile("^\\s{0,3}(\\d+)[.)]\\s+(.*)$");
    private static final int MAX_STEPS = 6;
    private static final int MAX_PARAGRAPH = 500;

    private final TermAnalysis analysis;

    public StepExtractor(TermAnalysis analysis) {
        this.analysis = analysis;
    }

    public record Extract(boolean steps, List<String> lines) {
    }

    public Extract extract(String markdown, io.globaldesk.knowledge.KnowledgeLanguage language, Set<String> questionTerms) {
        List<List<String>> sections = sections(withoutCode(markdown));
        List<String> bestSteps = null;
        double bestStepScore = -1;
        String bestParagraph = null;
        double bestParagraphScore = -1;
        for (List<String> section : sections) {
            List<String> steps = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (String line : section) {
                Matcher m = STEP.matcher(line);
                if (m.matches()) {
                    steps.add(plain(m.group(2)));
                } else if (line.isBlank() || line.startsWith("#")) {
                    double score = overlap(language, paragraph.toString(), questionTerms);
                    if (paragraph.length() > 0 && score > bestParagraphScore) {
                        bestParagraphScore = score;
                        bestParagraph = paragraph.toString().strip();
                    }
                    paragraph.setLength(0);
                } else if (!line.strip().startsWith("-") && !line.strip().startsWith("|")) {
                    paragraph.append(plain(line)).append(' ');
                }
            }
            if (paragraph.length() > 0) {
                double score = overlap(language, paragraph.toString(), questionTerms);
                if (score > bestParagraphScore) {
                    bestParagraphScore = score;
                    bestParagraph = paragraph.toString().strip();
                }
            }
            if (!steps.isEmpty()) {
                double score = overlap(language, String.join(" ", section), questionTerms) + 0.5;
                if (score > bestStepScore) {
                    bestStepScore = score;
                    bestSteps = steps;
                }
            }
        }
        if (bestSteps != null) {
            return new Extract(true, bestSteps.subList(0, Math.min(MAX_STEPS, bestSteps.size())));
        }
        if (bestParagraph == null) {
            return new Extract(false, List.of());
        }
        String text = bestParagraph.length() > MAX_PARAGRAPH ? bestParagraph.substring(0, MAX_PARAGRAPH) + "…" : bestParagraph;
        return new Extract(false, List.of(text));
    }

    private double overlap(io.globaldesk.knowledge.KnowledgeLanguage language, String text, Set<String> questionTerms) {
        if (questionTerms.isEmpty() || text.isBlank()) {
            return 0;
        }
        Set<String> terms = analysis.terms(language, text);
        long shared = questionTerms.stream().filter(terms::contains).count();
        return (double) shared / questionTerms.size();
    }

    private static List<List<String>> sections(String markdown) {
        List<List<String>> sections = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ") && !current.isEmpty()) {
                sections.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        sections.add(current);
        return sections;
    }

    private static String withoutCode(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }

    /** Drops emphasis, inline code ticks, link targets and any angle brackets, leaving the words. */
    static String plain(String line) {
        return line.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replace("**", "").replace("__", "").replace("`", "")
                .replaceAll("[<>]", "")
                .strip();
    }
}
