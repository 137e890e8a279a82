package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.SearchHit;
import io.globaldesk.knowledge.SearchQuery;
import io.globaldesk.knowledge.Termbase;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.StoredFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Runs one search on one point-in-time searcher: BM25 in the asked language, optional re-rank, then source fallback. */
public final class KnowledgeSearcher {

    private final QueryFactory queries;
    private final SnippetHighlighter highlighter;
    private final EmbeddingReranker reranker;
    private final Supplier<Termbase> termbase;
    private final int rerankDepth;

    public KnowledgeSearcher(LanguageAnalyzers analyzers, EmbeddingReranker reranker, Supplier<Termbase> termbase,
                             int rerankDepth) {
        this.queries = new QueryFactory(analyzers);
        this.highlighter = new SnippetHighlighter(analyzers);
        this.reranker = reranker;
        this.termbase = termbase;
        this.rerankDepth = rerankDepth;
    }

    public List<SearchHit> search(IndexSearcher searcher, SearchQuery query) throws IOException {
        KnowledgeLanguage language = query.language();
        List<SearchHit> hits = new ArrayList<>();
        Optional<Query> text = queries.textQuery(language, query.text());
        if (text.isPresent()) {
            hits.addAll(inLanguage(searcher, query, language, text.get()));
        }
        if (hits.size() < query.limit()) {
            hits.addAll(fromSourceLocales(searcher, query, language, query.limit() - hits.size()));
        }
        return hits;
    }

    private List<SearchHit> inLanguage(IndexSearcher searcher, SearchQuery query, KnowledgeLanguage language, Query text)
            throws IOException {
        // The text fields exist only in documents of their language, so no language filter is needed.
        Query restricted = QueryFactory.restrict(text, query.audience());
        boolean rerank = reranker.appliesTo(language);
        ScoreDoc[] top = top(searcher, restricted, rerank ? Math.max(rerankDepth, query.limit()) : query.limit());
        if (rerank) {
            top = reranker.rerank(searcher, language, query.text(), top);
            top = Arrays.copyOf(top, Math.min(top.length, query.limit()));
        }
        SnippetHighlighter.Highlighted shown = highlighter.highlight(searcher, IndexFields.body(language), text, top,
                hitFields(language));
        List<SearchHit> hits = new ArrayList<>(top.length);
        for (int i = 0; i < top.length; i++) {
            hits.add(toHit(shown.documents()[i], language, shown.snippets()[i], top[i].score, false));
        }
        return hits;
    }

    /**
     * Articles that exist in some source locale but not in the asked one. The query is widened with the English source
     * terms whose approved rendering the user typed, so a Japanese question can find an English article.
     */
    private List<SearchHit> fromSourceLocales(IndexSearcher searcher, SearchQuery query, KnowledgeLanguage asked,
                                              int wanted) throws IOException {
        Set<String> words = new LinkedHashSet<>(termbase.get().sourceTermsIn(query.text(), query.locale()));
        words.add(query.text());
        String expanded = String.join(" ", words);
        Set<KnowledgeLanguage> others = EnumSet.complementOf(EnumSet.of(asked));
        Optional<Query> text = queries.textQuery(others, expanded);
        if (text.isEmpty()) {
            return List.of();
        }
        Query restricted = QueryFactory.excluding(
                QueryFactory.restrict(text.get(), query.audience(), QueryFactory.term(IndexFields.SOURCE, "true")),
                QueryFactory.term(IndexFields.HAS_LANGUAGE, asked.code()));
        ScoreDoc[] top = top(searcher, restricted, wanted);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.length);
        for (ScoreDoc hit : top) {
            KnowledgeLanguage language = KnowledgeLanguage.of(stored.document(hit.doc, Set.of(IndexFields.LOCALE)).get(IndexFields.LOCALE));
            Document doc = stored.document(hit.doc, hitFields(language));
            String snippet = highlighter.highlight(searcher, IndexFields.body(language), text.get(), new ScoreDoc[] {hit})[0];
            hits.add(toHit(doc, language, snippet, hit.score, true));
        }
        return hits;
    }

    public List<String> suggest(IndexSearcher searcher, String typed, KnowledgeLanguage language, Audience audience,
                                int limit) throws IOException {
        Optional<Query> prefix = queries.titlePrefixQuery(language, typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        Query restricted = QueryFactory.restrict(prefix.get(), audience);
        Set<String> titles = new LinkedHashSet<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : searcher.search(restricted, limit * 2).scoreDocs) {
            titles.add(stored.document(doc.doc, Set.of(IndexFields.title(language))).get(IndexFields.title(language)));
        }
        return titles.stream().limit(limit).toList();
    }

    /**
     * The best {@code n} hits without counting every match: nothing shows a total, and stopping the count at {@code n}
     * lets BM25's max-score pruning skip documents that cannot enter the top (Lucene counts up to 1,000 by default).
     */
    public static ScoreDoc[] top(IndexSearcher searcher, Query query, int n) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
    }

    /** The stored fields a hit shows, so the body (the largest field, read by the highlighter) is not decoded twice. */
    public static Set<String> hitFields(KnowledgeLanguage language) {
        return HIT_FIELDS.get(language);
    }

    private static final java.util.Map<KnowledgeLanguage, Set<String>> HIT_FIELDS = new java.util.EnumMap<>(KnowledgeLanguage.class);

    static {
        for (KnowledgeLanguage language : KnowledgeLanguage.values()) {
            HIT_FIELDS.put(language, Set.of(IndexFields.ARTICLE_ID, IndexFields.EXTERNAL_ID, IndexFields.LOCALE,
                    IndexFields.title(language)));
        }
    }

    private static SearchHit toHit(Document doc, KnowledgeLanguage language, String snippet, float score, boolean fallback) {
        return new SearchHit(Long.parseLong(doc.get(IndexFields.ARTICLE_ID)), doc.get(IndexFields.EXTERNAL_ID),
                doc.get(IndexFields.LOCALE), doc.get(IndexFields.title(language)), snippet, score, fallback);
    }
}
