package io.globaldesk.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WidgetCorsTests {

    @Test
    void acceptsOriginsAsBrowsersSendThem() {
        assertThat(WidgetCors.origin("https://Shop.Example.com")).isEqualTo("https://shop.example.com");
        assertThat(WidgetCors.origin("http://localhost:3000")).isEqualTo("http://localhost:3000");
    }

    @Test
    void refusesWildcardsPathsAndOtherSchemesWithAMessage() {
        for (String bad : new String[] {"*", "https://*.example.com", "https://shop.example.com/chat", "shop.example.com",
                "ftp://shop.example.com", "https://user@shop.example.com", "https://shop example.com"}) {
            assertThatThrownBy(() -> WidgetCors.origin(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("allowed-origins");
        }
    }
}
