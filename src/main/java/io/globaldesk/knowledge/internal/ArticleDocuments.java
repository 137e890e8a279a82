package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.EmbeddingProvider;
import io.globaldesk.knowledge.IndexableArticle;
import io.globaldesk.knowledge.KnowledgeLanguage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;

import java.util.ArrayList;
import java.util.List;

/** Turns an article into one Lucene document per locale. */
public final class ArticleDocuments {

    /** Offsets in the postings let the highlighter mark matches without re-analysing the body. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    /** Enough of the text for an embedding model whose input is cut at a few hundred tokens anyway. */
    private static final int EMBEDDED_CHARS = 1000;

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final EmbeddingProvider embeddings;

    public ArticleDocuments(EmbeddingProvider embeddings) {
        this.embeddings = embeddings;
    }

    public List<Document> toDocuments(IndexableArticle article) {
        List<Document> documents = new ArrayList<>(article.translations().size());
        for (IndexableArticle.Translation translation : article.translations()) {
            documents.add(toDocument(article, translation));
        }
        return documents;
    }

    private Document toDocument(IndexableArticle article, IndexableArticle.Translation translation) {
        KnowledgeLanguage language = KnowledgeLanguage.of(translation.locale());
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ARTICLE_ID, Long.toString(article.articleId()), Field.Store.YES));
        doc.add(new StringField(IndexFields.DOC_KEY, IndexFields.docKey(article.articleId(), language), Field.Store.NO));
        if (article.externalId() != null) {
            doc.add(new StoredField(IndexFields.EXTERNAL_ID, article.externalId()));
        }
        doc.add(new StringField(IndexFields.LOCALE, translation.locale(), Field.Store.YES));
        doc.add(new StringField(IndexFields.LANGUAGE, language.code(), Field.Store.NO));
        for (IndexableArticle.Translation each : article.translations()) {
            doc.add(new StringField(IndexFields.HAS_LANGUAGE, KnowledgeLanguage.of(each.locale()).code(), Field.Store.NO));
        }
        if (article.category() != null) {
            doc.add(new StringField(IndexFields.CATEGORY, article.category(), Field.Store.YES));
        }
        article.tags().forEach(tag -> doc.add(new StringField(IndexFields.TAG, tag, Field.Store.YES)));
        doc.add(new StringField(IndexFields.VISIBILITY, article.visibility().name(), Field.Store.NO));
        doc.add(new StringField(IndexFields.SOURCE, Boolean.toString(article.isSource(translation)), Field.Store.NO));
        long updatedAt = translation.updatedAt().toEpochMilli();
        doc.add(new LongPoint(IndexFields.UPDATED_AT, updatedAt));
        doc.add(new StoredField(IndexFields.UPDATED_AT, updatedAt));
        doc.add(new Field(IndexFields.title(language), translation.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexFields.body(language), translation.bodyText(), TEXT_WITH_OFFSETS));
        if (embeddings.supports(language)) {
            String text = translation.title() + "\n" + translation.bodyText();
            float[] vector = embeddings.embed(language, text.substring(0, Math.min(text.length(), EMBEDDED_CHARS)));
            doc.add(new KnnFloatVectorField(IndexFields.vector(language), vector, VectorSimilarityFunction.COSINE));
        }
        return doc;
    }
}
