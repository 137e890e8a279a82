package io.globaldesk.assistant;

import io.globaldesk.culture.CultureProfileCode;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What is known about who asks: their organization, its platforms (e.g. {@code ios}, {@code web}) that boost matching
 * articles, the culture profile of replies and the name to greet, if any.
 */
public record AskerContext(UUID organizationId, Set<String> platforms, CultureProfileCode cultureProfile,
                           String customerName) {

    public AskerContext {
        platforms = Set.copyOf(platforms == null ? Set.of() : platforms);
        Objects.requireNonNull(cultureProfile, "cultureProfile");
    }

    public static AskerContext anonymous(CultureProfileCode profile) {
        return new AskerContext(null, Set.of(), profile, null);
    }
}
