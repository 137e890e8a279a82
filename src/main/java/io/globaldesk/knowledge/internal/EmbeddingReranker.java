package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.EmbeddingProvider;
import io.globaldesk.knowledge.KnowledgeLanguage;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-orders the BM25 top hits by a blend of their keyword score and the similarity of their stored embedding to the
 * query's, so a paraphrase of the question ranks an on-topic article above one that merely shares words.
 */
public final class EmbeddingReranker {

    /** Equal weight: keyword matches stay decisive for exact error codes, meaning for paraphrases. */
    private static final float SEMANTIC_WEIGHT = 0.5f;

    /**
     * Embedding a query costs milliseconds of model time while the BM25 search costs about one; people ask the same
     * few questions again and again, so recent query vectors are kept (about 1.5 KB each).
     */
    private static final int CACHED_QUERIES = 4096;

    private final EmbeddingProvider embeddings;
    private final Map<String, float[]> queryVectors = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_QUERIES;
        }
    };

    public EmbeddingReranker(EmbeddingProvider embeddings) {
        this.embeddings = embeddings;
    }

    public boolean appliesTo(KnowledgeLanguage language) {
        return embeddings.supports(language);
    }

    public ScoreDoc[] rerank(IndexSearcher searcher, KnowledgeLanguage language, String queryText, ScoreDoc[] hits)
            throws IOException {
        if (hits.length < 2 || !appliesTo(language)) {
            return hits;
        }
        float[] queryVector = queryVector(language, queryText);
        float maxScore = Arrays.stream(hits).map(h -> h.score).max(Float::compare).orElse(1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] reranked = new ScoreDoc[hits.length];
        for (int i = 0; i < hits.length; i++) {
            float similarity = similarity(leaves, IndexFields.vector(language), hits[i].doc, queryVector);
            float blended = (1 - SEMANTIC_WEIGHT) * hits[i].score / maxScore + SEMANTIC_WEIGHT * similarity;
            reranked[i] = new ScoreDoc(hits[i].doc, blended, hits[i].shardIndex);
        }
        Arrays.sort(reranked, Comparator.comparingDouble((ScoreDoc h) -> h.score).reversed());
        return reranked;
    }

    /** The vector is computed outside the lock: two threads may embed the same new query once each, never wait. */
    private float[] queryVector(KnowledgeLanguage language, String text) {
        String key = language.code() + '\u0000' + text;
        synchronized (queryVectors) {
            float[] cached = queryVectors.get(key);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = embeddings.embed(language, text);
        synchronized (queryVectors) {
            queryVectors.put(key, vector);
        }
        return vector;
    }

    /** Cosine similarity mapped to 0..1; 0 when the document has no vector (indexed before a model was configured). */
    private static float similarity(List<LeafReaderContext> leaves, String field, int doc, float[] queryVector)
            throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues vectors = leaf.reader().getFloatVectorValues(field);
        if (vectors == null) {
            return 0f;
        }
        KnnVectorValues.DocIndexIterator iterator = vectors.iterator();
        int local = doc - leaf.docBase;
        if (iterator.advance(local) != local) {
            return 0f;
        }
        return VectorSimilarityFunction.COSINE.compare(queryVector, vectors.vectorValue(iterator.index()));
    }
}
