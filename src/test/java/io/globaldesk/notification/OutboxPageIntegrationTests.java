package io.globaldesk.notification;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.globaldesk.support.Browser;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.globaldesk.support.Browser.find;
import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class OutboxPageIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aLeadSeesTheOutboxInTheirLanguageAndRetriesAMessageNow() throws Exception {
        String to = "page." + run + "@sakura-live.demo";
        UUID id = notifications.email(EmailMessage.to(to, "Outbox page " + run, "Hello")).orElseThrow();
        Browser lead = new Browser(port).signIn("lead@globaldesk.demo");

        HttpResponse<String> page = lead.get("/admin/outbox?lang=ja", "ja");
        lead.get("/admin/outbox?lang=en", "en"); // the lead's language choice is remembered: put it back
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("送信トレイ").contains(to).contains("Outbox page " + run).contains("保留中")
                .contains("今すぐ再試行").contains("href=\"/admin/outbox\"");

        String csrfHeader = find(page.body(), "name=\"_csrf_header\" content=\"([^\"]+)\"");
        String csrf = find(page.body(), "name=\"_csrf\" content=\"([^\"]+)\"");
        HttpResponse<String> row = lead.htmxPost("/admin/outbox/" + id + "/retry", "", csrfHeader, csrf);
        assertThat(row.statusCode()).isEqualTo(200);
        assertThat(row.body()).startsWith("<tr").contains("outbox-" + id).contains(to).doesNotContain("<html");

        assertThat(lead.htmxPost("/admin/outbox/" + UUID.randomUUID() + "/retry", "", csrfHeader, csrf).statusCode()).isEqualTo(404);
        assertThat(lead.htmxPost("/admin/outbox/" + id + "/retry", "", null, null).statusCode()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void agentsAndCustomersNeitherSeeTheOutboxNorItsLink() throws Exception {
        Browser agent = new Browser(port).signIn("yuki.tanaka@globaldesk.demo");
        assertThat(agent.get("/admin/outbox", "en").statusCode()).isEqualTo(403);
        assertThat(agent.get("/agents", "en").body()).doesNotContain("/admin/outbox");
        Browser customer = new Browser(port).signIn("ken.watanabe@sakura-live.demo");
        assertThat(customer.get("/admin/outbox", "en").statusCode()).isEqualTo(403);
    }

}
