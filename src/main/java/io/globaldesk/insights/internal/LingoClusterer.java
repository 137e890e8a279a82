package io.globaldesk.insights.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.LoadedLanguages;

/**
 * Carrot2 Lingo over short texts, one language at a time. Carrot2 ships English, German, French, Spanish and
 * Portuguese; Chinese, Japanese and Korean arrive already segmented into space-separated words and use the English
 * components (whose tokenizer splits on spaces and whose stop words never match CJK words).
 */
public final class LingoClusterer {

    /** A text to cluster; {@code index} points back into the caller's list. */
    public record Text(int index, String title, String body) implements Document {
        @Override
        public void visitFields(java.util.function.BiConsumer<String, String> fields) {
            fields.accept("title", title);
            fields.accept("content", body);
        }
    }

    /** A cluster: its label and the indexes of its texts. */
    public record Group(String label, List<Integer> members, double score) {
    }

    private static final Map<String, String> CARROT_LANGUAGE = Map.of("en", "English", "de", "German", "fr", "French",
            "es", "Spanish", "pt", "Portuguese");

    private final LoadedLanguages languages;

    public LingoClusterer() {
        try {
            this.languages = LanguageComponents.loader().load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Group> cluster(String language, List<Text> texts, int desiredClusters) {
        if (texts.size() < 2) return List.of();
        String name = CARROT_LANGUAGE.getOrDefault(TextAnalysis.language(language), "English");
        LanguageComponents components = languages.languages().contains(name) ? languages.language(name) : languages.language("English");
        LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
        lingo.desiredClusterCount.set(desiredClusters);
        lingo.preprocessing.phraseDfThreshold.set(2);
        lingo.preprocessing.wordDfThreshold.set(2);
        List<Cluster<Text>> clusters = lingo.cluster(texts.stream(), components);
        List<Group> groups = new ArrayList<>();
        for (Cluster<Text> c : clusters) {
            if (c.getLabels().isEmpty() || c.getDocuments().isEmpty()) continue;
            groups.add(new Group(TextAnalysis.readable(String.join(" ", c.getLabels())),
                    c.getDocuments().stream().map(Text::index).toList(), c.getScore() == null ? 0 : c.getScore()));
        }
        return groups;
    }
}
