package io.globaldesk.knowledge;

/**
 * One result. {@code snippet} is HTML: the text is escaped and matches are wrapped in {@code <mark>}. {@code fallback}
 * is true when the article was found in its source locale because the requested locale lacks it.
 */
public record SearchHit(long articleId, String externalId, String locale, String title, String snippet, float score,
                        boolean fallback) {
}
