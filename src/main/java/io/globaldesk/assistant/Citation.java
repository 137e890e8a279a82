package io.globaldesk.assistant;

/** An article an answer rests on; {@code locale} is the locale linked, which may differ from the conversation's. */
public record Citation(long articleId, String externalId, String title, String locale, double score) {

    /** The help-center page of the cited locale. */
    public String url() {
        return "/help/" + locale + "/" + externalId;
    }
}
