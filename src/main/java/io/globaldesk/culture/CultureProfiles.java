package io.globaldesk.culture;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in culture profiles and the rule that picks one for a customer. The country decides first, because it
 * names the market; the locale's region comes next (so {@code es-419} and {@code pt-BR} read as Latin America), then
 * its language alone.
 */
public final class CultureProfiles {

    /** The European Union, plus the countries whose customers expect the same formal, written-record style. */
    private static final Set<String> EUROPE = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "CH", "NO", "IS", "LI");
    private static final Set<String> EUROPEAN_LANGUAGES = Set.of(
            "de", "fr", "it", "nl", "pl", "sv", "da", "fi", "cs", "el", "hu", "ro");
    private static final com.ibm.icu.util.Region LATIN_AMERICA_AND_CARIBBEAN =
            com.ibm.icu.util.Region.getInstance("419");

    private static final Map<CultureProfileCode, CultureProfile> PROFILES = new EnumMap<>(CultureProfileCode.class);

    static {
        add(CultureProfileCode.NORTH_AMERICA, Formality.NEUTRAL, DetailLevel.CONCISE, DateFormat.MEDIUM);
        add(CultureProfileCode.EUROPE, Formality.FORMAL, DetailLevel.STEP_BY_STEP, DateFormat.LONG);
        add(CultureProfileCode.JAPAN, Formality.HONORIFIC, DetailLevel.STEP_BY_STEP, DateFormat.LONG);
        add(CultureProfileCode.LATIN_AMERICA, Formality.WARM, DetailLevel.CONCISE, DateFormat.MEDIUM);
        add(CultureProfileCode.CHINA, Formality.FORMAL, DetailLevel.STEP_BY_STEP, DateFormat.LONG);
        add(CultureProfileCode.KOREA, Formality.HONORIFIC, DetailLevel.STEP_BY_STEP, DateFormat.LONG);
        add(CultureProfileCode.DEFAULT, Formality.NEUTRAL, DetailLevel.CONCISE, DateFormat.MEDIUM);
    }

    private CultureProfiles() {
    }

    public static CultureProfile of(CultureProfileCode code) {
        return PROFILES.get(code);
    }

    /**
     * The profile for a customer.
     *
     * @param countryIso2 ISO 3166-1 alpha-2 country of the organization, may be null or blank
     * @param localeTag   BCP 47 locale of the contact or organization, may be null or blank
     */
    public static CultureProfileCode resolve(String countryIso2, String localeTag) {
        CultureProfileCode byCountry = byCountry(countryIso2);
        if (byCountry != CultureProfileCode.DEFAULT) {
            return byCountry;
        }
        if (localeTag == null || localeTag.isBlank()) {
            return CultureProfileCode.DEFAULT;
        }
        Locale locale = Locale.forLanguageTag(localeTag.strip().replace('_', '-'));
        CultureProfileCode byRegion = byCountry(locale.getCountry());
        if (byRegion != CultureProfileCode.DEFAULT) {
            return byRegion;
        }
        if ("419".equals(locale.getCountry())) {
            return CultureProfileCode.LATIN_AMERICA;
        }
        return byLanguage(locale.getLanguage());
    }

    private static CultureProfileCode byCountry(String countryIso2) {
        if (countryIso2 == null || countryIso2.isBlank()) {
            return CultureProfileCode.DEFAULT;
        }
        String country = countryIso2.strip().toUpperCase(Locale.ROOT);
        return switch (country) {
            case "US", "CA" -> CultureProfileCode.NORTH_AMERICA;
            case "JP" -> CultureProfileCode.JAPAN;
            case "CN", "TW", "HK", "MO" -> CultureProfileCode.CHINA;
            case "KR" -> CultureProfileCode.KOREA;
            default -> EUROPE.contains(country) ? CultureProfileCode.EUROPE
                    : isLatinAmerican(country) ? CultureProfileCode.LATIN_AMERICA
                    : CultureProfileCode.DEFAULT;
        };
    }

    /** Spanish- and Portuguese-speaking America; the English- and French-speaking Caribbean write differently. */
    private static boolean isLatinAmerican(String country) {
        if (!country.matches("[A-Z]{2}")) {
            return false;
        }
        com.ibm.icu.util.Region region;
        try {
            region = com.ibm.icu.util.Region.getInstance(country);
        } catch (IllegalArgumentException unknownCountry) {
            return false;
        }
        if (!LATIN_AMERICA_AND_CARIBBEAN.contains(region)) {
            return false;
        }
        String language = ULocale.addLikelySubtags(new ULocale("und_" + country)).getLanguage();
        return language.equals("es") || language.equals("pt");
    }

    private static CultureProfileCode byLanguage(String language) {
        return switch (language) {
            case "ja" -> CultureProfileCode.JAPAN;
            case "ko" -> CultureProfileCode.KOREA;
            case "zh" -> CultureProfileCode.CHINA;
            default -> EUROPEAN_LANGUAGES.contains(language) ? CultureProfileCode.EUROPE : CultureProfileCode.DEFAULT;
        };
    }

    private static void add(CultureProfileCode code, Formality formality, DetailLevel detail, int dateStyle) {
        PROFILES.put(code, new CultureProfile(code, formality, detail, dateStyle, DateFormat.SHORT));
    }
}
