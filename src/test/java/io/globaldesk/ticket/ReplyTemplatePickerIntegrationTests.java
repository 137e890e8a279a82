package io.globaldesk.ticket;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.globaldesk.support.Api;
import io.globaldesk.support.Browser;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.globaldesk.support.Api.map;
import static io.globaldesk.support.Browser.enc;
import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class ReplyTemplatePickerIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String organization(String name) {
        return jdbc.sql("select id::text from organization where name like ? limit 1").param("%" + name + "%")
                .query(String.class).single();
    }

    /** A ticket of the organization from a requester who is not a contact, so the organization's language counts. */
    String[] ticket(String organization, String requester) {
        Api.Response r = Api.admin(port).post("/api/v1/tickets", map("organizationId", organization("" + organization),
                "requester", map("name", requester, "email", "picker-" + UUID.randomUUID() + "@example.test"),
                "subject", "Echo in calls " + UUID.randomUUID(), "body", "Remote users hear an echo.", "channel", "API"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {r.json().get("id").asString(), String.valueOf(r.json().get("number").asLong())};
    }

    @Test
    void theReplyBoxOffersTemplatesInTheJapaneseCustomersProfileAndInsertsOne() throws Exception {
        String[] ticket = ticket("Sakura Live", "Watanabe");
        Browser agent = new Browser(port).signIn("emily.johnson@globaldesk.demo");
        HttpResponse<String> page = agent.get("/tickets/" + ticket[0]);
        assertThat(page.body()).contains("hx-get=\"/tickets/" + ticket[0] + "/reply-templates\"");

        HttpResponse<String> picker = agent.get("/tickets/" + ticket[0] + "/reply-templates");
        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.body()).doesNotContain("<html").contains("Japan").contains("Issue resolved")
                .contains("Watanabe様").contains("いつも大変お世話になっております。")
                .contains("ご質問について対応いたしました（チケット #" + ticket[1])
                .contains("hx-post=\"/tickets/" + ticket[0] + "/reply-templates/TICKET_RESOLVED\"");

        HttpResponse<String> box = agent.post("/tickets/" + ticket[0] + "/reply-templates/TICKET_RESOLVED",
                "body=" + enc("Logs checked."), Browser.csrfMeta(page.body()));
        assertThat(box.statusCode()).isEqualTo(200);
        assertThat(box.body()).startsWith("<textarea id=\"reply-body\" name=\"body\"")
                .contains("Logs checked.\n\nWatanabe様").contains("ご質問について対応いたしました");
    }

    @Test
    void anAmericanCustomerGetsTheDirectNorthAmericanTemplateEscaped() throws Exception {
        String[] ticket = ticket("Streamly", "Alex <b>Miller</b>");
        Browser agent = new Browser(port).signIn("emily.johnson@globaldesk.demo");
        HttpResponse<String> picker = agent.get("/tickets/" + ticket[0] + "/reply-templates");
        assertThat(picker.body()).contains("North America").contains("Hi Alex &lt;b&gt;Miller&lt;/b&gt;,")
                .contains("Issue resolved: Echo in calls").doesNotContain("<b>Miller");
    }

    @Test
    void customersAndUnknownTemplatesAreRefused() throws Exception {
        String[] ticket = ticket("Sakura Live", "Watanabe");
        Browser agent = new Browser(port).signIn("emily.johnson@globaldesk.demo");
        String csrf = Browser.csrfMeta(agent.get("/tickets/" + ticket[0]).body());
        assertThat(agent.post("/tickets/" + ticket[0] + "/reply-templates/INCIDENT_NOTICE", "body=", csrf).statusCode())
                .isEqualTo(404);
        assertThat(agent.post("/tickets/" + ticket[0] + "/reply-templates/TICKET_RESOLVED", "body=", null).statusCode())
                .as("no CSRF token").isEqualTo(403);
        Browser customer = new Browser(port).signIn("ken.watanabe@sakura-live.demo");
        assertThat(customer.get("/tickets/" + ticket[0] + "/reply-templates").statusCode()).isEqualTo(403);
    }
}
