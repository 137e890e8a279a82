package io.globaldesk.knowledge.internal;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;

/** Best matching sentence of a body, HTML-escaped, with each match wrapped in {@code <mark>}. */
public final class SnippetHighlighter {

    private static final DefaultPassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);
    private static final int PASSAGES = 1;

    private final LanguageAnalyzers analyzers;

    public SnippetHighlighter(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** Snippets in the order of {@code hits}; a hit matching only in its title gets the body's first sentence. */
    public String[] highlight(IndexSearcher searcher, String field, Query query, ScoreDoc[] hits) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers)
                .withFormatter(FORMATTER)
                .build();
        TopDocs topDocs = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        String[] snippets = highlighter.highlight(field, query, topDocs, PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = "";
            }
        }
        return snippets;
    }
}
