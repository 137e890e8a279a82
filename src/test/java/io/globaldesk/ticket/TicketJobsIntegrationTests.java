package io.globaldesk.ticket;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.globaldesk.routing.TicketHandedOver;
import io.globaldesk.sla.SlaBreached;
import io.globaldesk.sla.SlaMeasure;
import io.globaldesk.sla.SlaWarning;
import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import io.globaldesk.ticket.internal.RoutingDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The ticket jobs: queue dispatch, follow-the-sun hand-over on a moved clock, SLA escalation, and the SLA report. */
@GlobalDeskIntegrationTest
@RecordApplicationEvents
class TicketJobsIntegrationTests {

    static final List<String> ALL_DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired RoutingDesk desk;
    @Autowired QueueDispatcher dispatcher;
    @Autowired HandoverJob handovers;
    @Autowired SlaEscalationJob escalations;
    @Autowired ApplicationEvents events;
    Api admin;

    final List<String> createdAgents = new ArrayList<>();

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    /** Agents of these always-open test centers would win other tests' routing scenarios: they leave with the test. */
    @AfterEach
    void deactivateAgents() {
        for (String id : createdAgents) admin.post("/api/v1/agents/" + id + "/deactivate", map());
    }

    static String unique(String prefix) {
        return (prefix + UUID.randomUUID().toString().replace("-", "")).substring(0, 12).toUpperCase();
    }

    String center(String zone, List<String> days) {
        String code = unique("T");
        Api.Response r = admin.post("/api/v1/support-centers", map("code", code, "name", "Test " + code, "timeZone", zone,
                "workingHours", List.of(map("days", days, "from", "00:00", "to", "23:59")), "holidays", List.of()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return code;
    }

    JsonNode agent(String center, String language, String skill, int capacity) {
        Api.Response r = admin.post("/api/v1/agents", map("name", "Agent " + unique("A"), "email", UUID.randomUUID() + "@jobs.example",
                "supportCenter", center, "languages", List.of(language, "en"), "skills", List.of(skill), "capacity", capacity));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        createdAgents.add(r.json().get("id").asString());
        return r.json();
    }

    String organization(String country, String locale, String tier) {
        return admin.post("/api/v1/organizations", map("name", "Jobs " + UUID.randomUUID(), "country", country, "locale", locale,
                "tier", tier, "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
    }

    UUID ticket(String org, String subject, String body, String severity, String category) {
        Api.Response r = admin.post("/api/v1/tickets", map("organizationId", org, "requester", map("name", "Ken", "email", "ken@example.jp"),
                "subject", subject, "body", body, "channel", "WEB", "severity", severity, "category", category));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asString());
    }

    /** Puts a ticket in a known routing state, whatever routing chose when it was opened. */
    void own(UUID ticket, JsonNode agent, String status) {
        jdbc.sql("update ticket set assignee_agent_id = ?, assignee_name = ?, support_center = ?, queued = false, status = ? where id = ?")
                .params(UUID.fromString(agent.get("id").asString()), agent.get("name").asString(),
                        agent.get("supportCenter").asString(), status, ticket).update();
    }

    void queue(UUID ticket) {
        jdbc.sql("update ticket set assignee_agent_id = null, assignee_name = null, queued = true, status = 'NEW' where id = ?")
                .param(ticket).update();
    }

    @Autowired Tickets tickets;

    Ticket ticketsById(UUID id) {
        return tickets.find(id).orElseThrow();
    }

    @Test
    void aQueuedTicketIsAssignedTheMomentItsAgentFreesUp() {
        String always = center("UTC", ALL_DAYS);
        JsonNode agent = agent(always, "en", "recording", 1);
        String org = organization("GB", "en-GB", "PREMIUM");
        UUID first = ticket(org, "Recording fails", "Cloud recording stops after ten minutes.", "S3", "recording");
        UUID waiting = ticket(org, "Recording missing", "The recording file never appears in our bucket.", "S2", "recording");
        own(first, agent, "OPEN");
        queue(waiting);
        desk.refresh();

        Api.Response solved = admin.post("/api/v1/tickets/" + first + "/status", map("status", "SOLVED"));
        assertThat(solved.status()).as(solved.toString()).isEqualTo(200);

        Ticket dispatched = ticketsById(waiting);
        assertThat(dispatched.queued()).isFalse();
        assertThat(dispatched.assigneeId()).isNotNull();
        assertThat(dispatched.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(dispatched.routingReasons()).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from ticket_history where ticket_id = ? and field = 'assignee' and actor = 'routing'")
                .param(waiting).query(Integer.class).single()).isEqualTo(1);
    }

    @Autowired io.globaldesk.directory.Agents agents;

    @Test
    void aQueuedTicketIsAssignedWhenAnAgentBecomesAvailable() {
        String always = center("UTC", ALL_DAYS);
        JsonNode agent = agent(always, "en", "sdk-macos", 2);
        UUID agentId = UUID.fromString(agent.get("id").asString());
        agents.setAvailable(agentId, false);
        String org = organization("CA", "en-CA", "STANDARD");
        UUID waiting = ticket(org, "Camera permission on macOS", "The macOS SDK never asks for camera permission.", "S3", "sdk-macos");
        queue(waiting);
        desk.refresh();

        agents.setAvailable(agentId, true);

        Ticket dispatched = ticketsById(waiting);
        assertThat(dispatched.queued()).isFalse();
        assertThat(dispatched.assigneeId()).isNotNull();
    }

    @Test
    void aQueuedTicketIsTakenWhenACenterOpens() {
        LocalDate sunday = LocalDate.now(ZoneOffset.UTC).plusWeeks(1).with(DayOfWeek.SUNDAY);
        String sundays = center("UTC", List.of("SUN"));
        agent(sundays, "en", "recording", 2);
        String org = organization("GB", "en-GB", "STANDARD");
        UUID waiting = ticket(org, "Recording gaps", "Our recordings have gaps of a few seconds.", "S4", "recording");
        queue(waiting);
        desk.refresh();
        Instant opening = sunday.atTime(LocalTime.of(0, 1)).toInstant(ZoneOffset.UTC);

        dispatcher.dispatch(Clock.fixed(opening, ZoneOffset.UTC));

        Ticket dispatched = ticketsById(waiting);
        assertThat(dispatched.queued()).isFalse();
        assertThat(desk.current().isOnShift(dispatched.assigneeId().toString(), opening)).isTrue();
    }

    @Test
    void whenACentersDayEndsItsOpenTicketsGoToTheCenterOnShiftWithANoteInTheNewOwnersLanguage() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        List<String> allButThatDay = new ArrayList<>(ALL_DAYS);
        allButThatDay.remove(day.getDayOfWeek().name().substring(0, 3));
        String ending = center("UTC", allButThatDay);
        String tokyo = center("Asia/Tokyo", ALL_DAYS);
        JsonNode leaving = agent(ending, "en", "audio", 10);
        JsonNode japanese = agent(tokyo, "ja", "audio", 10);
        String org = organization("JP", "ja-JP", "ENTERPRISE");
        UUID outage = ticket(org, "音声が途切れる", "全ユーザーで通話中に音声が途切れます。至急対応をお願いします。", "S1", "audio");
        UUID serious = ticket(org, "エコーが聞こえる", "多くのユーザーでエコーが聞こえます。", "S2", "audio");
        UUID pending = ticket(org, "音量が小さい", "一部の端末で音量が小さいです。", "S3", "audio");
        own(outage, leaving, "OPEN");
        own(serious, leaving, "OPEN");
        own(pending, leaving, "PENDING_CUSTOMER");
        admin.post("/api/v1/tickets/" + outage + "/articles", map("body", "Asked for the SDK logs. Checking the edge node.", "internal", false));
        desk.refresh();
        events.clear();
        Instant closing = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant tenMinutesLater = closing.plus(Duration.ofMinutes(10));

        handovers.run(Clock.fixed(tenMinutesLater, ZoneOffset.UTC));

        for (UUID id : List.of(outage, serious)) {
            Ticket t = ticketsById(id);
            assertThat(t.assigneeId() == null || desk.current().isOnShift(t.assigneeId().toString(), tenMinutesLater))
                    .as("S1/S2 ticket %s owned by an off-shift agent 10 minutes after the shift ended", t.number()).isTrue();
            assertThat(t.assigneeId()).isEqualTo(UUID.fromString(japanese.get("id").asString()));
            TicketArticle note = tickets.articles(adminActor(), id).getLast();
            assertThat(note.internal()).isTrue();
            assertThat(note.authorType()).isEqualTo(AuthorType.SYSTEM);
            assertThat(note.body()).contains("引き継ぎ").contains(japanese.get("name").asString());
        }
        assertThat(ticketsById(outage).routingReasons()).isNotEmpty();
        assertThat(tickets.articles(adminActor(), outage).getLast().body()).contains("Asked for the SDK logs");
        assertThat(ticketsById(pending).assigneeId()).isEqualTo(UUID.fromString(leaving.get("id").asString()));
        List<TicketHandedOver> told = events.stream(TicketHandedOver.class)
                .filter(e -> List.of(outage.toString(), serious.toString()).contains(e.ticketId())).toList();
        assertThat(told).hasSize(2).allSatisfy(e -> {
            assertThat(e.fromAgentId()).isEqualTo(leaving.get("id").asString());
            assertThat(e.toAgentId()).isEqualTo(japanese.get("id").asString());
        });
        assertThat(jdbc.sql("select count(*) from ticket_handover where ticket_id in (?, ?)").params(outage, serious)
                .query(Integer.class).single()).isEqualTo(2);

        handovers.run(Clock.fixed(tenMinutesLater.plusSeconds(60), ZoneOffset.UTC));
        assertThat(jdbc.sql("select count(*) from ticket_handover where ticket_id in (?, ?)").params(outage, serious)
                .query(Integer.class).single()).as("a ticket already with someone on shift stays put").isEqualTo(2);
    }

    static io.globaldesk.platform.security.Actor adminActor() {
        return new io.globaldesk.platform.security.Actor(null, "test", io.globaldesk.platform.security.Role.ADMIN, null, null,
                java.util.Locale.ENGLISH);
    }

    @Test
    void anSlaWarnsAt80PercentThenBreachesEachOnceRaisingTheSeverityAndRouting() {
        String always = center("UTC", ALL_DAYS);
        agent(always, "en", "video", 10);
        String org = organization("US", "en-US", "ENTERPRISE");
        UUID id = ticket(org, "Video freezes", "Remote video freezes for all our users in every call.", "S2", "video");
        Instant created = ticketsById(id).createdAt();
        events.clear();

        assertThat(escalations.run(Clock.fixed(created.plus(Duration.ofMinutes(10)), ZoneOffset.UTC))
                .stream().filter(e -> e.ticketId().equals(id.toString()))).isEmpty();
        Clock at25 = Clock.fixed(created.plus(Duration.ofMinutes(25)), ZoneOffset.UTC);
        escalations.run(at25);
        escalations.run(at25);
        assertThat(events.stream(SlaWarning.class).filter(w -> w.ticketId().equals(id)).toList())
                .singleElement().satisfies(w -> assertThat(w.measure()).isEqualTo(SlaMeasure.FIRST_RESPONSE));
        assertThat(events.stream(SlaBreached.class).filter(b -> b.ticketId().equals(id))).isEmpty();
        assertThat(ticketsById(id).severity()).isEqualTo(io.globaldesk.sla.Severity.S2);

        Clock at31 = Clock.fixed(created.plus(Duration.ofMinutes(31)), ZoneOffset.UTC);
        escalations.run(at31);
        escalations.run(at31);
        assertThat(events.stream(SlaBreached.class).filter(b -> b.ticketId().equals(id)).toList())
                .singleElement().satisfies(b -> {
                    assertThat(b.measure()).isEqualTo(SlaMeasure.FIRST_RESPONSE);
                    assertThat(b.severity()).isEqualTo(io.globaldesk.sla.Severity.S1);
                });
        assertThat(events.stream(SlaWarning.class).filter(w -> w.ticketId().equals(id))).hasSize(1);
        Ticket escalated = ticketsById(id);
        assertThat(escalated.severity()).isEqualTo(io.globaldesk.sla.Severity.S1);
        assertThat(jdbc.sql("select sla_warned and sla_breached from ticket where id = ?").param(id).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from ticket_history where ticket_id = ? and field = 'assignee' and actor = 'sla'")
                .param(id).query(Integer.class).single()).as("re-routed").isEqualTo(1);
    }

    @Test
    void theSlaReportGivesAttainmentByCenterSeverityAndTierToLeadsOnly() {
        String org = organization("DE", "de-DE", "PREMIUM");
        Instant from = Instant.now().minusSeconds(5);
        UUID answered = ticket(org, "Kein Ton", "Auf Android hören die Nutzer nichts.", "S2", "audio");
        admin.post("/api/v1/tickets/" + answered + "/articles", map("body", "Welche SDK-Version nutzen Sie?", "internal", false));
        Instant to = Instant.now().plusSeconds(5);

        Api.Response r = admin.get("/api/v1/reports/sla?from=" + from + "&to=" + to);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode fr = r.json().get("measures").get("FIRST_RESPONSE");
        assertThat(fr.get("overall").get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(fr.get("bySeverity").get("S2").get("met").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(fr.get("byTier").get("PREMIUM").get("percent").asDouble()).isBetween(0.0, 100.0);
        assertThat(fr.get("byCenter").size()).isPositive();

        String customer = admin.post("/api/v1/api-tokens", map("name", "c", "role", "CUSTOMER", "organizationId", org)).json().get("token").asString();
        assertThat(admin.as(customer).get("/api/v1/reports/sla").status()).isEqualTo(403);
        Api.Response bad = admin.get("/api/v1/reports/sla?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        Api.Response reversed = admin.get("/api/v1/reports/sla?from=" + to + "&to=" + from);
        assertThat(reversed.status()).isIn(400, 422);
        assertThat(reversed.isProblem()).isTrue();
    }
}
