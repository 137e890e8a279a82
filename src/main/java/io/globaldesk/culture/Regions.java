package io.globaldesk.culture;

import java.util.Locale;
import java.util.Set;

/**
 * Which follow-the-sun region serves a country, from ICU's (CLDR's) region containment, so every ISO 3166 country
 * has an answer: the Americas are AMER; Europe, Africa and the Middle East are EMEA; the rest of Asia and Oceania
 * are APAC.
 */
public final class Regions {

    private static final com.ibm.icu.util.Region AMERICAS = com.ibm.icu.util.Region.getInstance("019");
    private static final com.ibm.icu.util.Region EUROPE = com.ibm.icu.util.Region.getInstance("150");
    private static final com.ibm.icu.util.Region AFRICA = com.ibm.icu.util.Region.getInstance("002");
    /** Western Asia (the Middle East, Turkey, the Caucasus) and Central Asia are served from EMEA hours. */
    private static final com.ibm.icu.util.Region WESTERN_ASIA = com.ibm.icu.util.Region.getInstance("145");
    private static final com.ibm.icu.util.Region CENTRAL_ASIA = com.ibm.icu.util.Region.getInstance("143");
    /** CLDR files Iran under Southern Asia; by time zone and business ties it belongs with the Middle East. */
    private static final Set<String> EMEA_BY_EXCEPTION = Set.of("IR");

    private Regions() {
    }

    /** The region of an ISO 3166-1 alpha-2 country code; fails on anything that is not one. */
    public static Region of(String countryIso2) {
        if (countryIso2 == null || !countryIso2.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException(
                    "a country must be an ISO 3166-1 alpha-2 code such as \"DE\", was \"" + countryIso2 + "\"");
        }
        String country = countryIso2.strip().toUpperCase(Locale.ROOT);
        com.ibm.icu.util.Region region;
        try {
            region = com.ibm.icu.util.Region.getInstance(country);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("\"" + country + "\" is not an ISO 3166-1 country code", unknown);
        }
        if (region.getType() != com.ibm.icu.util.Region.RegionType.TERRITORY) {
            throw new IllegalArgumentException("\"" + country + "\" is not a country but a " + region.getType());
        }
        if (AMERICAS.contains(region)) {
            return Region.AMER;
        }
        if (EUROPE.contains(region) || AFRICA.contains(region) || WESTERN_ASIA.contains(region)
                || CENTRAL_ASIA.contains(region) || EMEA_BY_EXCEPTION.contains(country)) {
            return Region.EMEA;
        }
        return Region.APAC;
    }
}
