package io.globaldesk.routing;

import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;

import java.util.Locale;
import java.util.Objects;

/**
 * What routing needs to know about a ticket. {@code language} is a BCP 47 tag or null when unknown; {@code customerRegion}
 * is the region of the customer's Organization (APAC, EMEA, AMER), matched against the centers' regions.
 */
public record RoutingRequest(String ticketId, Severity severity, String category, String language, Tier tier,
                             String customerRegion) {

    public RoutingRequest {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tier, "tier");
        language = primaryLanguage(language);
    }

    /** "pt-BR" and "pt" are the same language to a support engineer. */
    static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) return null;
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }

    public RoutingRequest withSeverity(Severity raised) {
        return new RoutingRequest(ticketId, raised, category, language, tier, customerRegion);
    }
}
