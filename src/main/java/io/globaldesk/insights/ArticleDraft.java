package io.globaldesk.insights;

import java.util.List;

/** A prefilled knowledge article the knowledge editor opens from a documentation gap. */
public record ArticleDraft(long gapId, String locale, String title, String body, List<String> askedAs) {
}
