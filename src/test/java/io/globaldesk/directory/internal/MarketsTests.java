package io.globaldesk.directory.internal;

import io.globaldesk.directory.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarketsTests {

    @ParameterizedTest
    @CsvSource({"US,en-US,AMER,NORTH_AMERICA", "CA,fr-CA,AMER,NORTH_AMERICA", "BR,pt-BR,AMER,LATIN_AMERICA",
            "MX,es-MX,AMER,LATIN_AMERICA", "DE,de-DE,EMEA,EUROPE", "FR,fr-FR,EMEA,EUROPE", "GB,en-GB,EMEA,EUROPE",
            "JP,ja-JP,APAC,JAPAN", "KR,ko-KR,APAC,KOREA", "CN,zh-CN,APAC,CHINA", "TW,zh-TW,APAC,CHINA",
            "IN,en-IN,APAC,DEFAULT", "SG,en-SG,APAC,DEFAULT", "AU,en-AU,APAC,DEFAULT", "AE,ar-AE,EMEA,DEFAULT",
            "ZA,en-ZA,EMEA,DEFAULT", "US,ja-JP,AMER,JAPAN"})
    void regionAndCultureFollowFromCountryAndLocale(String country, String locale, Region region, String culture) {
        assertThat(Markets.regionOf(country)).isEqualTo(region);
        assertThat(Markets.cultureProfileOf(country, locale)).isEqualTo(culture);
    }
}
