package io.globaldesk.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.globaldesk.knowledge.KnowledgeArticle;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.NewArticle;
import io.globaldesk.knowledge.Visibility;
import io.globaldesk.platform.DemoDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo knowledge base from {@code demo/kb}: English sources at their revision, translations OUTDATED where made
 * from an older revision, and the termbase. See {@code demo/kb/README.md} for the format.
 */
@Component
class DemoKnowledgeBase implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeBase.class);
    static final String EDITOR = "demo";

    /** One Markdown file: its front matter and body. */
    record DemoDoc(String folder, String locale, Map<String, String> meta, String body) {

        String title() {
            return unquote(meta.getOrDefault("title", folder));
        }

        int revision(String key) {
            String value = meta.get(key);
            return value == null ? 1 : Integer.parseInt(value.strip());
        }

        List<String> list(String key) {
            String value = meta.getOrDefault(key, "").strip();
            if (value.startsWith("[") && value.endsWith("]")) {
                value = value.substring(1, value.length() - 1);
            }
            return Arrays.stream(value.split(",")).map(String::strip).map(DemoDoc::unquote).filter(s -> !s.isEmpty()).toList();
        }

        static String unquote(String value) {
            String v = value.strip();
            return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
        }
    }

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeRepository repository;
    private final TermbaseStore termbase;
    private final TransactionTemplate transactions;

    DemoKnowledgeBase(KnowledgeBase knowledgeBase, KnowledgeRepository repository, TermbaseStore termbase,
                      TransactionTemplate transactions) {
        this.knowledgeBase = knowledgeBase;
        this.repository = repository;
        this.termbase = termbase;
        this.transactions = transactions;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        List<DemoDoc> docs = read();
        transactions.executeWithoutResult(status -> {
            loadTerms();
            Map<String, Long> ids = new LinkedHashMap<>();
            for (DemoDoc doc : docs) {
                if (!doc.locale().equals("en") || knowledgeBase.findByExternalId(doc.folder()).isPresent()) {
                    continue;
                }
                KnowledgeArticle article = knowledgeBase.create(new NewArticle(doc.folder(), "en", doc.title(), doc.body(),
                        doc.meta().getOrDefault("category", KnowledgeBase.DEFAULT_CATEGORY).strip(), doc.list("tags"),
                        Visibility.valueOf(doc.meta().getOrDefault("visibility", "PUBLIC").strip()), doc.list("platforms"),
                        doc.meta().containsKey("sdkVersions") ? DemoDoc.unquote(doc.meta().get("sdkVersions")) : null),
                        doc.revision("revision"), EDITOR);
                ids.put(doc.folder(), article.id());
            }
            for (DemoDoc doc : docs) {
                Long id = ids.get(doc.folder());
                if (id != null && !doc.locale().equals("en")) {
                    knowledgeBase.importTranslation(id, doc.locale(), doc.title(), doc.body(), doc.revision("sourceRevision"), EDITOR);
                }
            }
            log.info("demo knowledge base: {} articles, {} translations", ids.size(),
                    docs.stream().filter(d -> !d.locale().equals("en") && ids.containsKey(d.folder())).count());
        });
        termbase.reload();
    }

    private void loadTerms() {
        List<String> lines = text(new PathMatchingResourcePatternResolver().getResource("classpath:demo/kb/termbase.tsv"))
                .lines().filter(l -> !l.isBlank()).toList();
        String[] header = lines.getFirst().split("\t");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            for (int i = 1; i < Math.min(cells.length, header.length); i++) {
                if (!cells[i].isBlank()) {
                    repository.upsertTerm(cells[0].strip(), header[i].strip(), cells[i].strip(), java.time.Instant.EPOCH);
                }
            }
        }
    }

    static List<DemoDoc> read() {
        try {
            List<DemoDoc> docs = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:demo/kb/*/*.md")) {
                String url = resource.getURL().toString();
                String[] parts = url.split("/");
                String folder = parts[parts.length - 2];
                String file = parts[parts.length - 1];
                docs.add(parse(folder, file.substring(0, file.length() - 3), text(resource)));
            }
            docs.sort(Comparator.comparing(DemoDoc::folder).thenComparing(DemoDoc::locale));
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoDoc parse(String folder, String locale, String text) {
        List<String> lines = text.lines().toList();
        Map<String, String> meta = new LinkedHashMap<>();
        int i = 0;
        if (!lines.isEmpty() && lines.getFirst().strip().equals("---")) {
            for (i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                String line = lines.get(i);
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String value = line.substring(colon + 1);
                    int comment = value.indexOf(" #");
                    meta.put(line.substring(0, colon).strip(), (comment >= 0 ? value.substring(0, comment) : value).strip());
                }
            }
            i++;
        }
        String body = String.join("\n", lines.subList(Math.min(i, lines.size()), lines.size())).strip();
        return new DemoDoc(folder, locale, meta, body);
    }

    private static String text(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
