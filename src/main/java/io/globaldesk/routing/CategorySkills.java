package io.globaldesk.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which skills can work a Category; an agent needs any one of them. A category with no entry, or an empty entry (like
 * "other"), needs no particular skill: anyone on shift can triage it.
 */
public final class CategorySkills {

    /** The RTC default taxonomy; each category's skill carries its name, so agents' skills read like the categories. */
    public static final List<String> DEFAULT_CATEGORIES = List.of(
            "audio", "video", "network", "sdk-android", "sdk-ios", "sdk-web", "sdk-windows", "sdk-macos",
            "sdk-flutter", "sdk-react-native", "sdk-unity", "signaling", "recording", "billing", "account", "other");

    private final Map<String, Set<String>> skillsByCategory;

    private CategorySkills(Map<String, Set<String>> skillsByCategory) {
        this.skillsByCategory = Map.copyOf(skillsByCategory);
    }

    public static CategorySkills of(Map<String, Set<String>> skillsByCategory) {
        Map<String, Set<String>> copy = new HashMap<>();
        skillsByCategory.forEach((category, skills) -> copy.put(category, Set.copyOf(skills)));
        return new CategorySkills(copy);
    }

    public static CategorySkills defaults() {
        Map<String, Set<String>> map = new HashMap<>();
        for (String category : DEFAULT_CATEGORIES) map.put(category, category.equals("other") ? Set.of() : Set.of(category));
        return new CategorySkills(map);
    }

    /** Skills any one of which qualifies an agent for {@code category}; empty when none is needed. */
    public Set<String> skillsFor(String category) {
        return skillsByCategory.getOrDefault(category, Set.of());
    }
}
