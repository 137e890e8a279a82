package io.globaldesk.knowledge;

/** Sentence embeddings used to re-rank search results; optional, so the index also works without any model. */
public interface EmbeddingProvider {

    EmbeddingProvider NONE = new EmbeddingProvider() {
        @Override
        public boolean supports(KnowledgeLanguage language) {
            return false;
        }

        @Override
        public float[] embed(KnowledgeLanguage language, String text) {
            throw new UnsupportedOperationException("no embedding model is configured");
        }
    };

    boolean supports(KnowledgeLanguage language);

    /** A vector of fixed dimension per language; callers first check {@link #supports}. */
    float[] embed(KnowledgeLanguage language, String text);
}
