package io.globaldesk.assistant.internal;

import io.globaldesk.assistant.AssistantArticle;
import io.globaldesk.knowledge.KnowledgeLanguage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word translations into English learnt from the knowledge base's own translations: each translated article is split
 * into blocks (title, headings, paragraphs, list items) aligned with its English source by position, and a term of the
 * other language translates the English terms it co-occurs with most consistently (Dice coefficient). Lets a Spanish
 * question find an article that exists only in English without any external dictionary.
 */
public final class ParallelLexicon {

    private static final double MIN_DICE = 0.35;
    private static final int MIN_PAIRS = 2;
    private static final int PER_TERM = 2;

    private final Map<KnowledgeLanguage, Map<String, List<String>>> translations = new EnumMap<>(KnowledgeLanguage.class);
    private final Map<KnowledgeLanguage, Map<String, Integer>> documentFrequency = new EnumMap<>(KnowledgeLanguage.class);
    private final Map<KnowledgeLanguage, Integer> documents = new EnumMap<>(KnowledgeLanguage.class);

    public static ParallelLexicon empty() {
        return new ParallelLexicon();
    }

    public static ParallelLexicon learn(Collection<AssistantArticle> articles, TermAnalysis analysis) {
        Map<String, AssistantArticle> sources = new HashMap<>();
        for (AssistantArticle a : articles) {
            if (KnowledgeLanguage.of(a.locale()) == KnowledgeLanguage.EN) {
                sources.put(a.externalId(), a);
            }
        }
        Map<KnowledgeLanguage, List<Set<String>[]>> pairs = new EnumMap<>(KnowledgeLanguage.class);
        for (AssistantArticle a : articles) {
            KnowledgeLanguage language = KnowledgeLanguage.of(a.locale());
            AssistantArticle source = sources.get(a.externalId());
            if (language == KnowledgeLanguage.EN || source == null) {
                continue;
            }
            List<String> theirs = blocks(a);
            List<String> ours = blocks(source);
            if (theirs.size() != ours.size()) {
                // Structure differs (e.g. an outdated translation): only the titles are known to align.
                theirs = List.of(a.title());
                ours = List.of(source.title());
            }
            for (int i = 0; i < theirs.size(); i++) {
                @SuppressWarnings("unchecked")
                Set<String>[] pair = new Set[] {analysis.terms(language, theirs.get(i)), analysis.terms(KnowledgeLanguage.EN, ours.get(i))};
                pairs.computeIfAbsent(language, l -> new ArrayList<>()).add(pair);
            }
        }
        ParallelLexicon lexicon = new ParallelLexicon();
        for (AssistantArticle a : articles) {
            KnowledgeLanguage language = KnowledgeLanguage.of(a.locale());
            lexicon.documents.merge(language, 1, Integer::sum);
            Map<String, Integer> df = lexicon.documentFrequency.computeIfAbsent(language, l -> new HashMap<>());
            analysis.terms(language, a.title() + "\n" + a.markdown() + "\n" + String.join(" ", a.tags()))
                    .forEach(t -> df.merge(t, 1, Integer::sum));
        }
        pairs.forEach((language, list) -> lexicon.translations.put(language, align(list)));
        return lexicon;
    }

    private static Map<String, List<String>> align(List<Set<String>[]> pairs) {
        Map<String, Integer> foreign = new HashMap<>();
        Map<String, Integer> english = new HashMap<>();
        Map<String, Map<String, Integer>> joint = new HashMap<>();
        for (Set<String>[] pair : pairs) {
            pair[0].forEach(t -> foreign.merge(t, 1, Integer::sum));
            pair[1].forEach(t -> english.merge(t, 1, Integer::sum));
            for (String f : pair[0]) {
                Map<String, Integer> row = joint.computeIfAbsent(f, k -> new HashMap<>());
                pair[1].forEach(e -> row.merge(e, 1, Integer::sum));
            }
        }
        Map<String, List<String>> result = new HashMap<>();
        joint.forEach((f, row) -> {
            List<Map.Entry<String, Double>> scored = new ArrayList<>();
            row.forEach((e, n) -> {
                if (n >= MIN_PAIRS) {
                    double dice = 2.0 * n / (foreign.get(f) + english.get(e));
                    if (dice >= MIN_DICE) {
                        scored.add(Map.entry(e, dice));
                    }
                }
            });
            scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            if (!scored.isEmpty()) {
                result.put(f, scored.stream().limit(PER_TERM).map(Map.Entry::getKey).toList());
            }
        });
        return result;
    }

    /** The English terms learnt for the analysed terms of the language, in the order of the terms given. */
    public Set<String> english(KnowledgeLanguage language, Collection<String> terms) {
        Map<String, List<String>> table = translations.getOrDefault(language, Map.of());
        Set<String> result = new LinkedHashSet<>();
        for (String term : terms) {
            result.addAll(table.getOrDefault(term, List.of()));
        }
        return result;
    }

    /** Inverse document frequency of a term among the articles of the language; unknown terms weigh the most. */
    public double idf(KnowledgeLanguage language, String term) {
        int n = documents.getOrDefault(language, 0);
        int df = documentFrequency.getOrDefault(language, Map.of()).getOrDefault(term, 0);
        return Math.log(1 + (n + 1.0) / (df + 0.5));
    }

    /** The IDF-weighted share of the terms that the articles of the language use at all. */
    public double knownShare(KnowledgeLanguage language, Collection<String> terms) {
        Map<String, Integer> df = documentFrequency.getOrDefault(language, Map.of());
        if (terms.isEmpty() || df.isEmpty()) {
            return 0;
        }
        double known = 0;
        double all = 0;
        for (String term : terms) {
            double weight = idf(language, term);
            all += weight;
            if (df.containsKey(term)) {
                known += weight;
            }
        }
        return known / all;
    }

    public int size(KnowledgeLanguage language) {
        return translations.getOrDefault(language, Map.of()).size();
    }

    /** Title, then each heading, paragraph and list item of the Markdown (code blocks left out). */
    static List<String> blocks(AssistantArticle article) {
        List<String> blocks = new ArrayList<>();
        blocks.add(article.title());
        StringBuilder paragraph = new StringBuilder();
        boolean code = false;
        for (String line : article.markdown().split("\n")) {
            String t = line.strip();
            if (t.startsWith("```")) {
                code = !code;
                continue;
            }
            if (code) {
                continue;
            }
            boolean starts = t.startsWith("#") || t.matches("^(\\d+[.)]|[-*])\\s.*");
            if (t.isEmpty() || starts) {
                if (!paragraph.isEmpty()) {
                    blocks.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            }
            if (!t.isEmpty()) {
                paragraph.append(t).append(' ');
                if (t.startsWith("#")) {
                    blocks.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.toString());
        }
        return blocks;
    }
}
