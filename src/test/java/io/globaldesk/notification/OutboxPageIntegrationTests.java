package io.globaldesk.notification;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class OutboxPageIntegrationTests {

    static final String PASSWORD = "GlobalDesk-demo";

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    /** A browser-like client that keeps its session cookie. */
    class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path, String language) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form, String csrfHeader, String csrf) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (csrfHeader != null) request.header(csrfHeader, csrf);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        Browser signIn(String user) throws Exception {
            String token = find(get("/login", "en").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
            HttpResponse<String> login = post("/login", "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token), null, null);
            assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return this;
        }
    }

    @Test
    void aLeadSeesTheOutboxInTheirLanguageAndRetriesAMessageNow() throws Exception {
        String to = "page." + run + "@sakura-live.demo";
        UUID id = notifications.email(EmailMessage.to(to, "Outbox page " + run, "Hello")).orElseThrow();
        Browser lead = new Browser().signIn("lead@globaldesk.demo");

        HttpResponse<String> page = lead.get("/admin/outbox?lang=ja", "ja");
        lead.get("/admin/outbox?lang=en", "en"); // the lead's language choice is remembered: put it back
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("送信トレイ").contains(to).contains("Outbox page " + run).contains("保留中")
                .contains("今すぐ再試行").contains("href=\"/admin/outbox\"");

        String csrfHeader = find(page.body(), "name=\"_csrf_header\" content=\"([^\"]+)\"");
        String csrf = find(page.body(), "name=\"_csrf\" content=\"([^\"]+)\"");
        HttpResponse<String> row = lead.post("/admin/outbox/" + id + "/retry", "", csrfHeader, csrf);
        assertThat(row.statusCode()).isEqualTo(200);
        assertThat(row.body()).startsWith("<tr").contains("outbox-" + id).contains(to).doesNotContain("<html");

        assertThat(lead.post("/admin/outbox/" + UUID.randomUUID() + "/retry", "", csrfHeader, csrf).statusCode()).isEqualTo(404);
        assertThat(lead.post("/admin/outbox/" + id + "/retry", "", null, null).statusCode()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void agentsAndCustomersNeitherSeeTheOutboxNorItsLink() throws Exception {
        Browser agent = new Browser().signIn("yuki.tanaka@globaldesk.demo");
        assertThat(agent.get("/admin/outbox", "en").statusCode()).isEqualTo(403);
        assertThat(agent.get("/agents", "en").body()).doesNotContain("/admin/outbox");
        Browser customer = new Browser().signIn("ken.watanabe@sakura-live.demo");
        assertThat(customer.get("/admin/outbox", "en").statusCode()).isEqualTo(403);
    }

    static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
