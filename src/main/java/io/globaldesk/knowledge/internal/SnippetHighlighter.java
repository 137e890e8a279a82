package io.globaldesk.knowledge.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Best matching sentence of a body, HTML-escaped, with each match wrapped in {@code <mark>}. */
public final class SnippetHighlighter {

    private static final DefaultPassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);
    private static final int PASSAGES = 1;

    private final LanguageAnalyzers analyzers;

    public SnippetHighlighter(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** Snippets in the order of {@code hits}, with the stored fields asked for read in the same pass over each document. */
    public record Highlighted(String[] snippets, Document[] documents) {
    }

    /** Snippets in the order of {@code hits}; a hit matching only in its title gets the body's first sentence. */
    public String[] highlight(IndexSearcher searcher, String field, Query query, ScoreDoc[] hits) throws IOException {
        return highlight(searcher, field, query, hits, Set.of()).snippets();
    }

    /**
     * Snippets plus the {@code alsoLoad} fields of each hit. A stored document is decompressed whole, so reading the
     * hit's title while the highlighter reads its body halves the stored-field work of a search.
     */
    public Highlighted highlight(IndexSearcher searcher, String field, Query query, ScoreDoc[] hits, Set<String> alsoLoad)
            throws IOException {
        LoadingHighlighter highlighter = new LoadingHighlighter(
                UnifiedHighlighter.builder(searcher, analyzers).withFormatter(FORMATTER), alsoLoad);
        TopDocs topDocs = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        String[] snippets = highlighter.highlight(field, query, topDocs, PASSAGES);
        Document[] documents = new Document[hits.length];
        StoredFields stored = null;
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = "";
            }
            documents[i] = highlighter.loaded.get(hits[i].doc);
            if (documents[i] == null) {
                stored = stored == null ? searcher.storedFields() : stored;
                documents[i] = stored.document(hits[i].doc, alsoLoad);
            }
        }
        return new Highlighted(snippets, documents);
    }

    /** Reads the highlighted fields and the extra ones with one visit per document, keeping the extra ones. */
    private static final class LoadingHighlighter extends UnifiedHighlighter {
        private final Set<String> alsoLoad;
        private final Map<Integer, Document> loaded = new HashMap<>();

        LoadingHighlighter(Builder builder, Set<String> alsoLoad) {
            super(builder);
            this.alsoLoad = alsoLoad;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            Set<String> wanted = new HashSet<>(alsoLoad);
            wanted.addAll(List.of(fields));
            StoredFields stored = searcher.storedFields();
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = stored.document(doc, wanted);
                loaded.put(doc, document);
                CharSequence[] row = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String value = document.get(fields[i]);
                    row[i] = value == null ? "" : value.length() > getMaxLength() ? value.substring(0, getMaxLength()) : value;
                }
                values.add(row);
            }
            return values;
        }
    }
}
