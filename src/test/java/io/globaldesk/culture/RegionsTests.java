package io.globaldesk.culture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionsTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            US, AMER
            BR, AMER
            CA, AMER
            JM, AMER
            DE, EMEA
            GB, EMEA
            ZA, EMEA
            NG, EMEA
            AE, EMEA
            TR, EMEA
            IL, EMEA
            IR, EMEA
            KZ, EMEA
            JP, APAC
            CN, APAC
            IN, APAC
            SG, APAC
            AU, APAC
            NZ, APAC
            fj, APAC
            """)
    void mapsCountriesToTheirFollowTheSunRegion(String country, Region expected) {
        assertThat(Regions.of(country)).isEqualTo(expected);
    }

    @Test
    void everyIsoCountryHasARegion() {
        Map<String, Region> all = Arrays.stream(Locale.getISOCountries())
                .collect(Collectors.toMap(Function.identity(), Regions::of));

        assertThat(all).hasSizeGreaterThanOrEqualTo(249).doesNotContainValue(null);
        assertThat(all.values()).contains(Region.APAC, Region.EMEA, Region.AMER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "USA", "1A", "EU", "ZZ", "419"})
    void refusesWhatIsNotACountryCode(String code) {
        assertThatThrownBy(() -> Regions.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("country");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Regions.of(null)).hasMessageContaining("ISO 3166-1 alpha-2");
    }
}
