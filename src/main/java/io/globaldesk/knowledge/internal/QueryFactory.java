package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.Visibility;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Builds queries from user text term by term, so no character a user types is ever read as Lucene query syntax.
 */
public final class QueryFactory {

    /** Titles say what an article is about in a few words; a match there counts for more than one in the body. */
    public static final float TITLE_BOOST = 2.0f;
    /** Caps the clauses per language so a pasted paragraph cannot make one query expensive. */
    static final int MAX_TERMS = 32;

    private final LanguageAnalyzers analyzers;

    public QueryFactory(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The analysed terms of the text as the title and body fields of the language would index them. */
    public List<String> terms(KnowledgeLanguage language, String text) {
        Analyzer analyzer = analyzers.of(language);
        Collection<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.body(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query cannot read from a string and fail", e);
        }
        return new ArrayList<>(terms);
    }

    /** Any term in title (boosted) or body scores by BM25; empty when the text has no searchable term. */
    public Optional<Query> textQuery(KnowledgeLanguage language, String text) {
        List<String> terms = terms(language, text);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new BoostQuery(new TermQuery(new Term(IndexFields.title(language), term)), TITLE_BOOST), Occur.SHOULD);
            query.add(new TermQuery(new Term(IndexFields.body(language), term)), Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    /** The same text searched in several languages at once, for documents of unknown language. */
    public Optional<Query> textQuery(Collection<KnowledgeLanguage> languages, String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (KnowledgeLanguage language : languages) {
            Optional<Query> perLanguage = textQuery(language, text);
            if (perLanguage.isPresent()) {
                query.add(perLanguage.get(), Occur.SHOULD);
                any = true;
            }
        }
        return any ? Optional.of(query.build()) : Optional.empty();
    }

    /** Titles whose words start with what was typed: complete words must match, the last one may be partial. */
    public Optional<Query> titlePrefixQuery(KnowledgeLanguage language, String typed) {
        List<String> terms = terms(language, typed);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        String field = IndexFields.title(language);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size() - 1; i++) {
            query.add(new TermQuery(new Term(field, terms.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(field, terms.getLast())), Occur.MUST);
        return Optional.of(query.build());
    }

    /**
     * Restricts a query without changing its scores. Internal articles are excluded rather than public ones required:
     * they are the few, so skipping them costs far less than intersecting with every public document.
     */
    public static Query restrict(Query query, Audience audience, Query... filters) {
        if (filters.length == 0 && audience.seesInternal()) {
            return query;
        }
        BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(query, Occur.MUST);
        for (Query filter : filters) {
            restricted.add(filter, Occur.FILTER);
        }
        if (!audience.seesInternal()) {
            restricted.add(new TermQuery(new Term(IndexFields.VISIBILITY, Visibility.INTERNAL.name())), Occur.MUST_NOT);
        }
        return restricted.build();
    }

    /** The query without the documents the other one matches. */
    public static Query excluding(Query query, Query excluded) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(excluded, Occur.MUST_NOT).build();
    }

    public static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
