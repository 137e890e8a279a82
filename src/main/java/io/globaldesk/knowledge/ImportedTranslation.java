package io.globaldesk.knowledge;

/** A translation read from an accepted XLIFF file: the article's title and Markdown body in the target locale. */
public record ImportedTranslation(String articleId, String locale, String title, String bodyMarkdown) {
}
