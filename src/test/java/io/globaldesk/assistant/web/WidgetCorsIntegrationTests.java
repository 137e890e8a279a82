package io.globaldesk.assistant.web;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chat widget on a vendor's own site: its origin may call the assistant API and load the widget, no other may. */
@GlobalDeskIntegrationTest
class WidgetCorsIntegrationTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    String customerToken;

    @BeforeEach
    void setUp() {
        Api admin = Api.admin(port);
        String org = admin.post("/api/v1/organizations", map("name", "Widget Org " + UUID.randomUUID(), "country", "US",
                "locale", "en", "tier", "PREMIUM", "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
        customerToken = admin.post("/api/v1/api-tokens", map("name", "w-" + UUID.randomUUID(), "role", "CUSTOMER",
                "organizationId", org)).json().get("token").asString();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> preflight(String path, String origin) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> widgetScript(String origin) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri("/widget/globaldesk-chat.js")).header("Origin", origin).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theVendorsSiteMayAskTheAssistantWithACustomerToken() throws IOException, InterruptedException {
        HttpResponse<String> pre = preflight("/api/v1/assistant/messages", Api.WIDGET_ORIGIN);
        assertThat(pre.statusCode()).isEqualTo(200);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).contains(Api.WIDGET_ORIGIN);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(pre.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> asked = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/assistant/messages"))
                .header("Origin", Api.WIDGET_ORIGIN).header("Authorization", "Bearer " + customerToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"the other side hears an echo of their own voice\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(asked.headers().firstValue("Access-Control-Allow-Origin")).contains(Api.WIDGET_ORIGIN);
        assertThat(asked.body()).contains("\"citations\"");
    }

    @Test
    void anotherSiteIsRefused() throws IOException, InterruptedException {
        HttpResponse<String> pre = preflight("/api/v1/assistant/messages", "https://evil.example.net");
        assertThat(pre.statusCode()).isEqualTo(403);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theAllowedSiteReachesOnlyTheAssistantNotTheRestOfTheApi() throws IOException, InterruptedException {
        HttpResponse<String> pre = preflight("/api/v1/tickets", Api.WIDGET_ORIGIN);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theWidgetScriptCarriesTheAllowedOriginOnly() throws IOException, InterruptedException {
        HttpResponse<String> script = widgetScript(Api.WIDGET_ORIGIN);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Access-Control-Allow-Origin")).contains(Api.WIDGET_ORIGIN);
        assertThat(widgetScript("https://evil.example.net").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
