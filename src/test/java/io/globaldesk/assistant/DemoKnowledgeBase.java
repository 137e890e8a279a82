package io.globaldesk.assistant;

import io.globaldesk.knowledge.EmbeddingProvider;
import io.globaldesk.knowledge.IndexableArticle;
import io.globaldesk.knowledge.LuceneIndexSettings;
import io.globaldesk.knowledge.LuceneKnowledgeIndex;
import io.globaldesk.knowledge.MarkdownRenderer;
import io.globaldesk.knowledge.Termbase;
import io.globaldesk.knowledge.Visibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The demo help-center content read from {@code src/main/resources/demo/kb} for tests and benchmarks: a Lucene index,
 * the articles' text for the assistant, the termbase and the English product terms.
 */
public final class DemoKnowledgeBase implements ArticleContents {

    static final Path KB = Path.of("src/main/resources/demo/kb");

    record Parsed(String externalId, String locale, Map<String, String> meta, String body) {
    }

    final Map<String, AssistantArticle> articles = new LinkedHashMap<>();
    public final List<IndexableArticle> indexable = new ArrayList<>();
    public final Termbase termbase;
    public final List<String> productTerms = new ArrayList<>();

    public DemoKnowledgeBase() {
        this(1);
    }

    /** {@code copies} > 1 adds renamed copies of every article, for a large index in benchmarks. */
    public DemoKnowledgeBase(int copies) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, List<Parsed>> byArticle = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(KB)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md") && !p.getParent().equals(KB)).sorted().toList()) {
                String name = file.getFileName().toString();
                Parsed parsed = parse(file, file.getParent().getFileName().toString(), name.substring(0, name.length() - 3));
                byArticle.computeIfAbsent(parsed.externalId(), k -> new ArrayList<>()).add(parsed);
            }
            termbase = readTermbase(KB.resolve("termbase.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = 1;
        for (int copy = 0; copy < copies; copy++) {
            for (Map.Entry<String, List<Parsed>> article : byArticle.entrySet()) {
                String externalId = copy == 0 ? article.getKey() : article.getKey() + "-copy" + copy;
                Parsed source = article.getValue().stream().filter(p -> p.locale().equals("en")).findFirst().orElseThrow();
                Visibility visibility = Visibility.valueOf(source.meta().get("visibility"));
                List<IndexableArticle.Translation> translations = new ArrayList<>();
                for (Parsed p : article.getValue()) {
                    String title = copy == 0 ? p.meta().get("title") : p.meta().get("title") + " (" + copy + ")";
                    translations.add(new IndexableArticle.Translation(p.locale(), title, markdown.toPlainText(p.body()),
                            Instant.parse("2026-01-01T00:00:00Z")));
                    if (visibility == Visibility.PUBLIC) {
                        articles.put(externalId + "/" + p.locale(), new AssistantArticle(id, externalId, p.locale(), title,
                                p.body(), source.meta().get("category"), list(source.meta().get("tags")),
                                list(source.meta().get("platforms"))));
                    }
                }
                indexable.add(new IndexableArticle(id, externalId, "en", source.meta().get("category"),
                        list(source.meta().get("tags")), visibility, translations));
                id++;
            }
        }
    }

    public LuceneKnowledgeIndex index(Path directory, EmbeddingProvider embeddings) {
        LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(
                LuceneIndexSettings.defaults(directory).withRefreshInterval(Duration.ZERO), () -> termbase, embeddings);
        indexable.forEach(index::index);
        index.refresh();
        return index;
    }

    @Override
    public Optional<AssistantArticle> find(String externalId, String locale) {
        return Optional.ofNullable(articles.get(externalId + "/" + locale));
    }

    @Override
    public List<AssistantArticle> allPublic() {
        return List.copyOf(articles.values());
    }

    private Termbase readTermbase(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.getFirst().split("\t");
        Termbase.Builder builder = Termbase.builder();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            productTerms.add(cells[0]);
            for (int i = 1; i < cells.length && i < header.length; i++) {
                if (!cells[i].isBlank()) {
                    builder.approve(cells[0], header[i], cells[i]);
                }
            }
        }
        return builder.build();
    }

    static Parsed parse(Path file, String externalId, String locale) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("\n---\n", 3);
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            if (!value.startsWith("\"") && value.contains(" #")) {
                value = value.substring(0, value.indexOf(" #")).strip();
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            meta.put(line.substring(0, colon).strip(), value);
        }
        return new Parsed(externalId, locale, meta, text.substring(end + 5));
    }

    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String inner = value.replaceAll("^\\[|]$", "");
        return Arrays.stream(inner.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
