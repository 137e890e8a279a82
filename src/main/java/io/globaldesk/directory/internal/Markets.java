package io.globaldesk.directory.internal;

import java.util.Locale;
import java.util.Set;

import io.globaldesk.directory.Region;

/** Which follow-the-sun region and which culture profile a country and locale belong to. */
public final class Markets {

    private static final Set<String> AMER = Set.of("US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "VE", "EC", "BO", "PY",
            "UY", "CR", "PA", "GT", "HN", "SV", "NI", "DO", "CU", "PR", "JM", "TT", "BS", "BB", "HT", "BZ", "GY", "SR");
    private static final Set<String> APAC = Set.of("JP", "KR", "CN", "TW", "HK", "MO", "SG", "MY", "TH", "VN", "PH", "ID",
            "IN", "PK", "BD", "LK", "NP", "MM", "KH", "LA", "BN", "MN", "AU", "NZ", "FJ", "PG", "KZ", "UZ", "KG", "TJ", "TM",
            "AF", "BT", "MV", "TL");
    private static final Set<String> LATIN_AMERICA = Set.of("MX", "BR", "AR", "CL", "CO", "PE", "VE", "EC", "BO", "PY",
            "UY", "CR", "PA", "GT", "HN", "SV", "NI", "DO", "CU", "PR");
    private static final Set<String> EUROPE = Set.of("GB", "IE", "FR", "DE", "ES", "PT", "IT", "NL", "BE", "LU", "AT", "CH",
            "DK", "SE", "NO", "FI", "IS", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI", "EE", "LV", "LT", "MT", "CY");

    private Markets() {
    }

    public static Region regionOf(String country) {
        String c = country.toUpperCase(Locale.ROOT);
        if (AMER.contains(c)) return Region.AMER;
        if (APAC.contains(c)) return Region.APAC;
        return Region.EMEA;
    }

    public static String cultureProfileOf(String country, String localeTag) {
        String c = country.toUpperCase(Locale.ROOT);
        String language = Locale.forLanguageTag(localeTag).getLanguage();
        if (c.equals("JP") || language.equals("ja")) return "JAPAN";
        if (c.equals("KR") || language.equals("ko")) return "KOREA";
        if (Set.of("CN", "TW", "HK", "MO").contains(c) || language.equals("zh")) return "CHINA";
        if (LATIN_AMERICA.contains(c)) return "LATIN_AMERICA";
        if (c.equals("US") || c.equals("CA")) return "NORTH_AMERICA";
        if (EUROPE.contains(c)) return "EUROPE";
        return "DEFAULT";
    }
}
