package io.globaldesk.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.globaldesk.support.Api;
import io.globaldesk.ticket.internal.RoutingDesk;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff e-mail through a real SMTP server (GreenMail): a follow-the-sun hand-over tells both agents, each in their own
 * language, the new owner with the hand-over note; an SLA breach tells the support lead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "globaldesk.data-dir=target/tmp/it-staffmail-${random.uuid}",
        "globaldesk.security.admin-token=" + Api.ADMIN_TOKEN,
        "globaldesk.demo=true",
        "globaldesk.telemetry.demo-feed=false",
        "globaldesk.mail.from=support@globaldesk.test",
        "globaldesk.notification.dispatch-interval=500ms"})
class StaffMailIntegrationTests {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final List<String> EVERY_DAY = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired RoutingDesk desk;
    @Autowired HandoverJob handovers;
    @Autowired SlaEscalationJob escalations;
    @Autowired Tickets tickets;

    @Test
    void aHandOverTellsTheAgentWhoseShiftEndedAndTheOneWhoTakesOverWithTheNote() throws Exception {
        Api admin = Api.admin(port);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        List<String> allButThatDay = new ArrayList<>(EVERY_DAY);
        allButThatDay.remove(day.getDayOfWeek().name().substring(0, 3));
        JsonNode leaving = agent(admin, center(admin, "UTC", allButThatDay), "en");
        JsonNode taking = agent(admin, center(admin, "Asia/Tokyo", EVERY_DAY), "ja");
        UUID ticket = ticket(admin, "JP", "ja-JP", "S1", "音声が途切れる", "全ユーザーで通話中に音声が途切れます。至急対応をお願いします。");
        jdbc.sql("update ticket set assignee_agent_id = ?, assignee_name = ?, support_center = ?, queued = false, status = 'OPEN' where id = ?")
                .params(UUID.fromString(leaving.get("id").asString()), leaving.get("name").asString(),
                        leaving.get("supportCenter").asString(), ticket).update();
        desk.refresh();
        long number = tickets.find(ticket).orElseThrow().number();

        handovers.run(Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(10)), ZoneOffset.UTC));

        MimeMessage toLeaving = mailTo(leaving.get("email").asString(), "[#" + number + "] Hand-over:");
        assertThat(text(toLeaving)).contains("your shift has ended").contains(taking.get("name").asString());
        MimeMessage toTaking = mailTo(taking.get("email").asString(), "[#" + number + "] 引き継ぎ");
        assertThat(text(toTaking)).contains(leaving.get("name").asString()).contains("S1")
                .as("the hand-over note, in the new owner's language").contains("引き継ぎ");
    }

    @Test
    void anSlaBreachTellsTheSupportLead() throws Exception {
        Api admin = Api.admin(port);
        agent(admin, center(admin, "UTC", EVERY_DAY), "en");
        UUID ticket = ticket(admin, "US", "en-US", "S2", "Calls degrade", "Remote video freezes for all our users in every call.");
        Instant created = tickets.find(ticket).orElseThrow().createdAt();
        long number = tickets.find(ticket).orElseThrow().number();

        escalations.run(Clock.fixed(created.plus(Duration.ofMinutes(31)), ZoneOffset.UTC));

        MimeMessage toLead = mailTo("lead@globaldesk.demo", "[#" + number + "] SLA breached:");
        assertThat(text(toLead)).contains("Grace Lee").contains("first response").contains("S1");
    }

    @Test
    void aTicketAssignedOnCreationTellsItsAgentAndAcknowledgesTheRequester() throws Exception {
        Api admin = Api.admin(port);
        JsonNode agent = agent(admin, center(admin, "UTC", EVERY_DAY), "en");
        // the demo agents on shift at this hour would compete for the ticket; only the English-speaking one may take it
        List<UUID> others = jdbc.sql("select id from agent where available and id <> ?")
                .param(UUID.fromString(agent.get("id").asString())).query(UUID.class).list();
        jdbc.sql("update agent set available = false where id = any(?)").param(others.toArray(UUID[]::new)).update();
        desk.refresh();
        UUID ticket;
        try {
            ticket = ticket(admin, "US", "en-US", "S2", "No audio after update", "Remote users cannot hear anyone since SDK 4.5.1.");
        } finally {
            jdbc.sql("update agent set available = true where id = any(?)").param(others.toArray(UUID[]::new)).update();
            desk.refresh();
        }
        Ticket created = tickets.find(ticket).orElseThrow();
        assertThat(created.assigneeId()).as("an agent of the always-open center has the skill and capacity").isNotNull();
        String agentEmail = jdbc.sql("select email from agent where id = ?").param(created.assigneeId()).query(String.class).single();

        MimeMessage toAgent = mailTo(agentEmail, "[#" + created.number() + "] Assigned to you:");
        assertThat(text(toAgent)).contains(created.assigneeName()).contains("S2").contains("audio");
        MimeMessage toRequester = mailTo("alex@example.com", "[#" + created.number() + "] We received your request:");
        assertThat(text(toRequester)).contains("Alex");
    }

    MimeMessage mailTo(String address, String subjectStart) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> List.of(MAIL.getReceivedMessages()).stream()
                .filter(m -> EmailChannelIntegrationTests.hasRecipient(m, address) && subject(m).startsWith(subjectStart))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    static String text(MimeMessage m) throws Exception {
        return text(m.getContent());
    }

    /** The text of a body, however deep its parts are nested. */
    static String text(Object content) throws Exception {
        if (!(content instanceof Multipart parts)) return String.valueOf(content);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) text.append(text(parts.getBodyPart(i).getContent()));
        return text.toString();
    }

    static String center(Api admin, String zone, List<String> days) {
        String code = ("S" + UUID.randomUUID().toString().replace("-", "")).substring(0, 10).toUpperCase();
        Api.Response r = admin.post("/api/v1/support-centers", map("code", code, "name", "Staff mail " + code, "timeZone", zone,
                "workingHours", List.of(map("days", days, "from", "00:00", "to", "23:59")), "holidays", List.of()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return code;
    }

    static JsonNode agent(Api admin, String center, String language) {
        Api.Response r = admin.post("/api/v1/agents", map("name", "Staff " + UUID.randomUUID().toString().substring(0, 8),
                "email", UUID.randomUUID() + "@staff.example", "supportCenter", center, "languages", List.of(language, "en"),
                "skills", List.of("audio", "video"), "capacity", 10));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static UUID ticket(Api admin, String country, String locale, String severity, String subject, String body) {
        String org = admin.post("/api/v1/organizations", map("name", "Staff mail " + UUID.randomUUID(), "country", country,
                "locale", locale, "tier", "ENTERPRISE", "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
        Api.Response r = admin.post("/api/v1/tickets", map("organizationId", org, "requester", map("name", "Alex", "email", "alex@example.com"),
                "subject", subject, "body", body, "channel", "WEB", "severity", severity, "category", "audio"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asString());
    }
}
