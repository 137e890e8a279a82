package io.globaldesk.routing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingMessagesTests {

    private static final String[] LOCALES = {"", "_en", "_zh", "_ja", "_ko", "_es", "_pt", "_de", "_fr"};

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = RoutingMessagesTests.class.getResourceAsStream("/i18n/routing" + suffix + ".properties")) {
            assertThat(in).as("bundle routing%s", suffix).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void everyLocaleHasTheSameKeysAndEveryReasonCodeHasAMessage() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        assertThat(english).containsAll(Arrays.stream(ReasonCode.values()).map(ReasonCode::key).collect(Collectors.toSet()));
        for (String suffix : LOCALES) {
            assertThat(load(suffix).stringPropertyNames()).as("keys of routing%s", suffix).isEqualTo(english);
        }
    }

    @Test
    void rendersReasonsInTheRequestedLocale() {
        Reason atCapacity = Reason.of(ReasonCode.EXCLUDED_AT_CAPACITY, 5, 5);

        assertThat(RoutingMessages.english().render(atCapacity)).isEqualTo("At capacity (5 of 5 tickets).");
        assertThat(RoutingMessages.forLocale(Locale.GERMAN).render(atCapacity)).isEqualTo("Ausgelastet (5 von 5 Tickets).");
        assertThat(RoutingMessages.forLocale(Locale.JAPANESE).render(Reason.of(ReasonCode.PREFERRED_LANGUAGE, "ja")))
                .isEqualTo("チケットの言語（ja）を話せます。");
        assertThat(RoutingMessages.english().render(Reason.of(ReasonCode.PREFERRED_LANGUAGE, "de")))
                .isEqualTo("Speaks the ticket's language (de).");
    }
}
