package io.globaldesk.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.globaldesk.culture.Region;

/**
 * A customer company. Its region and culture profile follow from its country and locale.
 *
 * @param appIds the vendor-side app ids whose telemetry belongs to this organization
 */
public record Organization(UUID id, String name, String country, String locale, Tier tier, Region region,
                           String cultureProfile, List<String> appIds, String contactEmail, boolean active,
                           Instant createdAt) {
}
