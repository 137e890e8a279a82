package io.globaldesk.knowledge;

import io.globaldesk.knowledge.internal.MarkdownBlocks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article's source text as exchanged with translators. Units have stable ids: {@code title}, then {@code p1},
 * {@code p2}… for the Markdown blocks of the body in order.
 */
public record XliffArticle(String id, String sourceLocale, String title, String bodyMarkdown) {

    public static final String TITLE_UNIT = "title";

    public XliffArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bodyMarkdown, "bodyMarkdown");
        KnowledgeLanguage.of(sourceLocale);
    }

    /** Unit id → source text, in document order. */
    public Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put(TITLE_UNIT, title);
        List<String> blocks = MarkdownBlocks.split(bodyMarkdown);
        for (int i = 0; i < blocks.size(); i++) {
            units.put("p" + (i + 1), blocks.get(i));
        }
        return units;
    }
}
