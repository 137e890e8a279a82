package io.globaldesk.culture;

import com.ibm.icu.text.DateFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CultureProfilesTests {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            US, en-US, NORTH_AMERICA
            CA, fr-CA, NORTH_AMERICA
            JP, en,    JAPAN
            -,  ja,    JAPAN
            -,  ja-JP, JAPAN
            BR, pt-BR, LATIN_AMERICA
            MX, -,     LATIN_AMERICA
            AR, es,    LATIN_AMERICA
            CO, -,     LATIN_AMERICA
            CL, -,     LATIN_AMERICA
            PE, -,     LATIN_AMERICA
            -,  pt-BR, LATIN_AMERICA
            -,  es-MX, LATIN_AMERICA
            -,  es-419, LATIN_AMERICA
            CN, zh-CN, CHINA
            TW, zh-TW, CHINA
            HK, en,    CHINA
            -,  zh,    CHINA
            KR, -,     KOREA
            -,  ko,    KOREA
            DE, de,    EUROPE
            FR, -,     EUROPE
            GB, en-GB, EUROPE
            CH, de-CH, EUROPE
            NO, -,     EUROPE
            ES, es-ES, EUROPE
            -,  de,    EUROPE
            IN, en-IN, DEFAULT
            AU, en,    DEFAULT
            JM, en,    DEFAULT
            -,  en,    DEFAULT
            -,  -,     DEFAULT
            ZZ, xx,    DEFAULT
            """)
    void resolvesTheProfileFromCountryThenLocale(String country, String locale, CultureProfileCode expected) {
        assertThat(CultureProfiles.resolve(country, locale)).isEqualTo(expected);
    }

    @Test
    void countryOutranksTheLanguageOfTheLocale() {
        assertThat(CultureProfiles.resolve("US", "ja")).isEqualTo(CultureProfileCode.NORTH_AMERICA);
        assertThat(CultureProfiles.resolve("", "ja")).isEqualTo(CultureProfileCode.JAPAN);
        assertThat(CultureProfiles.resolve("us", "en_US")).isEqualTo(CultureProfileCode.NORTH_AMERICA);
    }

    @ParameterizedTest
    @EnumSource(CultureProfileCode.class)
    void everyCodeHasAProfile(CultureProfileCode code) {
        assertThat(CultureProfiles.of(code).code()).isEqualTo(code);
    }

    @Test
    void northAmericaIsConciseWhileJapanExplainsTheRootCause() {
        assertThat(CultureProfiles.of(CultureProfileCode.NORTH_AMERICA).detailLevel()).isEqualTo(DetailLevel.CONCISE);
        assertThat(CultureProfiles.of(CultureProfileCode.JAPAN).explainsRootCause()).isTrue();
        assertThat(CultureProfiles.of(CultureProfileCode.JAPAN).formality()).isEqualTo(Formality.HONORIFIC);
        assertThat(CultureProfiles.of(CultureProfileCode.EUROPE).formality()).isEqualTo(Formality.FORMAL);
        assertThat(CultureProfiles.of(CultureProfileCode.LATIN_AMERICA).formality()).isEqualTo(Formality.WARM);
    }

    @Test
    void formatsDateTimesInTheProfileStyleAndTheLocale() {
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 25, 18, 30, 0, 0, ZoneId.of("Asia/Tokyo"));

        String japan = CultureProfiles.of(CultureProfileCode.JAPAN).formatDateTime(at, Locale.JAPAN);
        String us = CultureProfiles.of(CultureProfileCode.NORTH_AMERICA).formatDateTime(
                at.withZoneSameInstant(ZoneId.of("America/New_York")), Locale.US);

        assertThat(japan).contains("2026年11月25日").contains("18:30");
        assertThat(us).contains("Nov 25, 2026").contains("4:30");
    }

    @Test
    void refusesAStyleThatIsNotAnIcuDateFormatStyle() {
        assertThatThrownBy(() -> new CultureProfile(CultureProfileCode.DEFAULT, Formality.NEUTRAL,
                DetailLevel.CONCISE, 7, DateFormat.SHORT)).hasMessageContaining("FULL..SHORT");
    }
}
