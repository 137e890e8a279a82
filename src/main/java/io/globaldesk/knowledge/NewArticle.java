package io.globaldesk.knowledge;

import java.util.List;

/** What it takes to create an article; {@code externalId} null means one is derived from the title. */
public record NewArticle(String externalId, String locale, String title, String body, String category, List<String> tags,
                         Visibility visibility, List<String> platforms, String sdkVersions) {

    public NewArticle {
        tags = tags == null ? List.of() : List.copyOf(tags);
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    public static NewArticle of(String locale, String title, String body, Visibility visibility) {
        return new NewArticle(null, locale, title, body, null, List.of(), visibility, List.of(), null);
    }
}
