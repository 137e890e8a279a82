package io.globaldesk.ticket;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The categories tickets are sorted into. Configurable per vendor; {@link #rtcDefaults()} suits a voice/video SDK
 * vendor. The fallback category takes whatever matches nothing better.
 */
public record CategoryTaxonomy(List<String> categories, String fallback) {

    public static final String OTHER = "other";

    public CategoryTaxonomy {
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("a taxonomy needs at least one category");
        }
        if (new LinkedHashSet<>(categories).size() != categories.size()) {
            throw new IllegalArgumentException("category names must be unique: " + categories);
        }
        for (String category : categories) {
            if (category == null || !category.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new IllegalArgumentException("a category is lower-case letters, digits and dashes, at most 40,"
                        + " was \"" + category + "\"");
            }
        }
        if (!categories.contains(fallback)) {
            throw new IllegalArgumentException("the fallback category \"" + fallback + "\" must be one of " + categories);
        }
        categories = List.copyOf(categories);
    }

    public static CategoryTaxonomy rtcDefaults() {
        return new CategoryTaxonomy(List.of("audio", "video", "network", "sdk-android", "sdk-ios", "sdk-web",
                "sdk-windows", "sdk-macos", "sdk-flutter", "sdk-react-native", "sdk-unity", "signaling", "recording",
                "billing", "account", OTHER), OTHER);
    }

    public boolean contains(String category) {
        return categories.contains(category);
    }

    public int size() {
        return categories.size();
    }
}
