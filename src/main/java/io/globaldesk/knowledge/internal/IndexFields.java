package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.KnowledgeLanguage;

/** Field names of a knowledge document; text and vector fields carry the language so each gets its own analysis. */
public final class IndexFields {

    public static final String ARTICLE_ID = "articleId";
    /** articleId + ':' + language, unique per document, so one locale can be found without scanning the article. */
    public static final String DOC_KEY = "docKey";
    public static final String EXTERNAL_ID = "externalId";
    public static final String LOCALE = "locale";
    public static final String LANGUAGE = "language";
    /** Every language the article exists in, on each of its documents, so a fallback can skip translated articles. */
    public static final String HAS_LANGUAGE = "hasLanguage";
    public static final String CATEGORY = "category";
    public static final String TAG = "tag";
    public static final String VISIBILITY = "visibility";
    public static final String SOURCE = "source";
    public static final String UPDATED_AT = "updatedAt";

    private IndexFields() {
    }

    public static String title(KnowledgeLanguage language) {
        return "title_" + language.code();
    }

    public static String body(KnowledgeLanguage language) {
        return "body_" + language.code();
    }

    public static String vector(KnowledgeLanguage language) {
        return "vec_" + language.code();
    }

    public static String docKey(long articleId, KnowledgeLanguage language) {
        return articleId + ":" + language.code();
    }
}
