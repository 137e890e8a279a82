package io.globaldesk.culture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The region and culture profile an organization gets from its country and locale (the directory relies on these). */
class MarketMappingTests {

    @ParameterizedTest
    @CsvSource({"US,en-US,AMER,NORTH_AMERICA", "CA,fr-CA,AMER,NORTH_AMERICA", "BR,pt-BR,AMER,LATIN_AMERICA",
            "MX,es-MX,AMER,LATIN_AMERICA", "DE,de-DE,EMEA,EUROPE", "FR,fr-FR,EMEA,EUROPE", "GB,en-GB,EMEA,EUROPE",
            "JP,ja-JP,APAC,JAPAN", "KR,ko-KR,APAC,KOREA", "CN,zh-CN,APAC,CHINA", "TW,zh-TW,APAC,CHINA",
            "IN,en-IN,APAC,DEFAULT", "SG,en-SG,APAC,DEFAULT", "AU,en-AU,APAC,DEFAULT", "AE,ar-AE,EMEA,DEFAULT",
            "ZA,en-ZA,EMEA,DEFAULT"})
    void regionAndCultureFollowFromCountryAndLocale(String country, String locale, Region region, CultureProfileCode culture) {
        assertThat(Regions.of(country)).isEqualTo(region);
        assertThat(CultureProfiles.resolve(country, locale)).isEqualTo(culture);
    }
}
