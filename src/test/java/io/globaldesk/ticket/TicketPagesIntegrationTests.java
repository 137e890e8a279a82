package io.globaldesk.ticket;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import io.globaldesk.support.Api;
import io.globaldesk.support.Browser;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static io.globaldesk.support.Api.map;
import static io.globaldesk.support.Browser.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** The ticket pages through real HTTP with a signed-in session: agent and lead views, and the customer portal. */
@GlobalDeskIntegrationTest
class TicketPagesIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    String sakuraLive() {
        return jdbc.sql("select id::text from organization where name like '%Sakura Live%' limit 1").query(String.class).single();
    }

    String ticket(String org, String subject) {
        Api.Response r = admin.post("/api/v1/tickets", map("organizationId", org, "subject", subject,
                "body", "Remote users hear an echo on Android 15 devices.", "channel", "API", "category", "audio", "severity", "S3"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void anAgentSeesTheListsAndTheTicketPageAndRepliesWithAnInternalNote() throws Exception {
        String subject = "Echo on Android " + UUID.randomUUID();
        String id = ticket(sakuraLive(), subject);
        admin.post("/api/v1/tickets/" + id + "/articles", map("body", "Secret internal hint", "internal", true));
        Browser lead = new Browser(port).signIn("lead@globaldesk.demo");

        for (String tab : List.of("mine", "team", "unassigned", "breaching")) {
            HttpResponse<String> list = lead.get("/tickets?tab=" + tab);
            assertThat(list.statusCode()).as(tab).isEqualTo(200);
            assertThat(list.body()).contains("Breaching soon").contains("id=\"ticket-list\"");
        }
        HttpResponse<String> page = lead.get("/tickets/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(subject).contains("Secret internal hint").contains("Internal note")
                .contains("Routing reasons").contains("First response").contains("Sakura Live").contains("History");

        HttpResponse<String> reply = lead.submit("/tickets/" + id, "/tickets/" + id + "/reply",
                "body=" + enc("Please send the SDK logs.") + "&internal=true&status=PENDING_CUSTOMER");
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from ticket_article where ticket_id = ?::uuid and internal and body = 'Please send the SDK logs.'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from ticket where id = ?::uuid").param(id).query(String.class).single()).isEqualTo("PENDING_CUSTOMER");
        assertThat(lead.post("/tickets/" + id + "/reply", "body=no-token").statusCode()).as("CSRF").isEqualTo(403);
    }

    @Test
    void anAgentAttachesAFileOnTheTicketPageAndDownloadsItFromThere() throws Exception {
        String id = ticket(sakuraLive(), "Capture attached " + UUID.randomUUID());
        Browser lead = new Browser(port).signIn("lead@globaldesk.demo");
        assertThat(lead.get("/tickets/" + id).body()).contains("Attachments").contains("No files yet.");

        HttpResponse<String> upload = lead.upload("/tickets/" + id + "/attachments", "rtc-stats.txt", "rtt=480ms loss=7%");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(302);

        HttpResponse<String> page = lead.get("/tickets/" + id);
        String link = Browser.find(page.body(), "href=\"(/tickets/" + id + "/attachments/[0-9a-f-]{36})\"");
        assertThat(page.body()).contains("rtc-stats.txt").contains("17 bytes");
        HttpResponse<String> file = lead.get(link);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("rtt=480ms loss=7%");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    }

    @Test
    void theTeamTabShowsTheTicketsOfTheAgentsDirectoryTeamsAcrossCenters() throws Exception {
        UUID emily = jdbc.sql("select id from agent where name = 'Emily Johnson'").query(UUID.class).single();
        UUID hugo = jdbc.sql("select id from agent where name = 'Hugo Martin'").query(UUID.class).single();
        UUID aoife = jdbc.sql("select id from agent where name = 'Aoife Byrne'").query(UUID.class).single();
        Api.Response team = admin.post("/api/v1/teams", map("name", "Follow-the-sun pair " + UUID.randomUUID(), "members", List.of(emily, hugo)));
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        String mate = "Teammate's ticket " + UUID.randomUUID();
        String stranger = "Someone else's ticket " + UUID.randomUUID();
        jdbc.sql("update ticket set assignee_agent_id = ?, support_center = 'EMEA', queued = false, status = 'OPEN' where id = ?::uuid")
                .params(hugo, ticket(sakuraLive(), mate)).update();
        jdbc.sql("update ticket set assignee_agent_id = ?, support_center = 'EMEA', queued = false, status = 'OPEN' where id = ?::uuid")
                .params(aoife, ticket(sakuraLive(), stranger)).update();
        try {
            HttpResponse<String> list = new Browser(port).signIn("emily.johnson@globaldesk.demo").get("/tickets?tab=team");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).as("a teammate in another center").contains(HtmlUtils.htmlEscape(mate))
                    .doesNotContain(HtmlUtils.htmlEscape(stranger));
        } finally {
            admin.post("/api/v1/teams/" + team.json().get("id").asString() + "/deactivate", map());
        }
    }

    @Test
    void aLeadSeesQueueHealthWithItsChartDataAndTheHandovers() throws Exception {
        Browser lead = new Browser(port).signIn("lead@globaldesk.demo");
        HttpResponse<String> queue = lead.get("/lead/queue");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Queue health").contains("id=\"center-load-chart\"").contains("data-centers=\"")
                .contains("APAC").contains("/js/lead-queue.js").doesNotContain("<script>");
        HttpResponse<String> handovers = lead.get("/lead/handovers");
        assertThat(handovers.statusCode()).isEqualTo(200);
        assertThat(handovers.body()).contains("Recent hand-overs");

        Browser agent = new Browser(port).signIn("emily.johnson@globaldesk.demo");
        assertThat(agent.get("/lead/queue").statusCode()).isEqualTo(403);
    }

    @Test
    void aCustomerOpensRepliesSolvesAndRatesATicketInThePortalButNeverSeesAnotherOrganizationsTicket() throws Exception {
        Browser customer = new Browser(port).signIn("ken.watanabe@sakura-live.demo");
        assertThat(customer.get("/portal/tickets").statusCode()).isEqualTo(200);
        String subject = "Portal ticket " + UUID.randomUUID();
        HttpResponse<String> created = customer.submit("/portal/tickets/new", "/portal/tickets",
                "subject=" + enc(subject) + "&body=" + enc("Video freezes for our users in Osaka.") + "&severity=S3");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/portal/tickets/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        admin.post("/api/v1/tickets/" + id + "/articles", map("body", "Internal only: check edge-osa-2", "internal", true));
        admin.post("/api/v1/tickets/" + id + "/articles", map("body", "Which SDK version do you use?", "internal", false));

        HttpResponse<String> page = customer.get("/portal/tickets/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(subject).contains("Which SDK version do you use?").doesNotContain("edge-osa-2");
        assertThat(customer.get("/portal/tickets").body()).contains(subject);

        assertThat(customer.submit("/portal/tickets/" + id, "/portal/tickets/" + id + "/reply", "body=" + enc("SDK 4.5.1")).statusCode()).isEqualTo(302);
        assertThat(customer.submit("/portal/tickets/" + id, "/portal/tickets/" + id + "/solve", "x=1").statusCode()).isEqualTo(302);
        assertThat(customer.submit("/portal/tickets/" + id, "/portal/tickets/" + id + "/rating", "score=4&comment=" + enc("quick")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select status from ticket where id = ?::uuid").param(id).query(String.class).single()).isEqualTo("SOLVED");
        assertThat(jdbc.sql("select score from ticket_satisfaction where ticket_id = ?::uuid").param(id).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from ticket_article where ticket_id = ?::uuid and body = 'SDK 4.5.1' and author_type = 'CUSTOMER'")
                .param(id).query(Integer.class).single()).isEqualTo(1);

        String other = admin.post("/api/v1/organizations", map("name", "Other " + UUID.randomUUID(), "country", "FR", "locale", "fr-FR",
                "tier", "STANDARD", "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
        String foreign = ticket(other, "Foreign " + UUID.randomUUID());
        assertThat(customer.get("/portal/tickets/" + foreign).statusCode()).isEqualTo(404);
        customer.get("/portal/tickets");
        assertThat(customer.post("/portal/tickets/" + foreign + "/reply", "body=hi&_csrf=" + enc(customer.lastCsrf())).statusCode()).isEqualTo(404);
        assertThat(customer.get("/tickets").statusCode()).isEqualTo(403);
        assertThat(customer.get("/tickets/" + foreign).statusCode()).isEqualTo(403);
    }

    @Test
    void thePortalFormRefusesAnEmptyTicket() throws Exception {
        Browser customer = new Browser(port).signIn("ana.souza@paporeto.demo");
        long before = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        HttpResponse<String> r = customer.submit("/portal/tickets/new", "/portal/tickets", "subject=&body=&severity=S9");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/portal/tickets/new");
        assertThat(customer.get("/portal/tickets/new").body()).contains("subject").contains("severity");
        assertThat(jdbc.sql("select count(*) from ticket").query(Long.class).single()).isLessThanOrEqualTo(before + 1);
    }
}
