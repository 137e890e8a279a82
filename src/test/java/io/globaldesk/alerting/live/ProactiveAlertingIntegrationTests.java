package io.globaldesk.alerting.live;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.globaldesk.alerting.Incident;
import io.globaldesk.alerting.IncidentStatus;
import io.globaldesk.alerting.Scope;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.directory.Tier;
import io.globaldesk.notification.WebhookSignature;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import io.globaldesk.simulator.Fault;
import io.globaldesk.simulator.Simulation;
import io.globaldesk.simulator.SimulationPlan;
import io.globaldesk.simulator.TelemetrySimulator;
import io.globaldesk.support.Api;
import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.TelemetryStore;
import io.globaldesk.telemetry.RollingAggregator;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.Tickets;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The acceptance run of issue 7: one ISP in one region degrades for 20 minutes in simulated telemetry, replayed through a
 * the running application's own DuckDB store and aggregator. One incident, detected within a minute of the onset,
 * names the organizations whose apps had users there; each gets a notice by e-mail (GreenMail) and by signed webhook (a
 * local receiver), in its language, and a proactive ticket; when the fault ends, each gets a resolved notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "globaldesk.data-dir=target/tmp/it-alerts-${random.uuid}",
        "globaldesk.security.admin-token=" + Api.ADMIN_TOKEN,
        "globaldesk.demo=true",
        "globaldesk.telemetry.demo-feed=false",
        "globaldesk.mail.from=support@globaldesk.test",
        "globaldesk.notification.dispatch-interval=500ms"})
class ProactiveAlertingIntegrationTests {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final ConcurrentLinkedQueue<Received> HOOKS = new ConcurrentLinkedQueue<>();
    static final HttpServer RECEIVER;
    static final String SECRET = "whsec-acceptance-0123456789";
    static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    record Received(String path, Map<String, String> headers, String body) {
    }

    static {
        MAIL.start();
        try {
            RECEIVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RECEIVER.createContext("/hooks/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.getFirst()));
            HOOKS.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        RECEIVER.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
        RECEIVER.stop(0);
    }

    @LocalServerPort
    int port;
    @Autowired
    TelemetryStore store;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    RollingAggregator aggregator;
    @Autowired
    Organizations organizations;
    @Autowired
    OrganizationWebhooks webhooks;
    @Autowired
    IncidentRepository incidents;
    @Autowired
    Tickets tickets;

    Organization organization(String country, String locale, List<String> apps) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Organization org = organizations.create(new Organizations.Draft("Acceptance " + country + " " + tag, country, locale,
                Tier.PREMIUM, apps, "ops-" + tag + "@" + country.toLowerCase(Locale.ROOT) + ".example"));
        webhooks.set(org.id(), "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/hooks/" + org.id(), SECRET);
        return org;
    }

    static List<String> apps(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "app-" + i).toList();
    }

    @Test
    void anIspDegradationIsOneIncidentWhoseOrganizationsAreToldByMailWebhookAndTicketAndThenToldItResolved() throws Exception {
        Organization japan = organization("JP", "ja-JP", apps(1, 10));
        Organization germany = organization("DE", "de-DE", apps(11, 20));
        Organization brazil = organization("BR", "pt-BR", apps(21, 30));
        Organization us = organization("US", "en-US", apps(31, 40));
        Organization bystander = organization("GB", "en-GB", List.of("app-99"));
        List<Organization> all = List.of(japan, germany, brazil, us, bystander);

        Instant onset = START.plus(Duration.ofMinutes(75));
        Instant end = onset.plus(Duration.ofMinutes(20));
        Instant stop = START.plus(Duration.ofMinutes(115));
        Simulation sim = new TelemetrySimulator().run(new SimulationPlan(41, START, Duration.ofMinutes(115), 1400, 0,
                TelemetryReplay.tokyo(), List.of(new Fault.IspDegradation("ap-northeast", "KDDI", onset, end))));
        Set<String> exposedApps = sim.samplesBetween(onset, end).stream()
                .filter(s -> s.region().equals("ap-northeast") && s.isp().equals("KDDI")).map(QualitySample::appId)
                .collect(Collectors.toSet());
        Set<UUID> expected = new HashSet<>();
        for (Organization o : all) if (o.appIds().stream().anyMatch(exposedApps::contains)) expected.add(o.id());

        // through the application's own store and aggregator, which announce each closed minute as an application event
        TelemetryReplay.replay(sim, List.of(), store, START.plus(Duration.ofMinutes(10)), stop, aggregator);

        List<Incident> found = incidents.list(null, null, 500).stream()
                .filter(i -> !i.detectedAt().isBefore(START) && i.detectedAt().isBefore(stop)).toList();
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.scope()).isEqualTo(Scope.isp("ap-northeast", "KDDI"));
            assertThat(Duration.between(onset, i.detectedAt())).isBetween(Duration.ZERO, Duration.ofSeconds(60));
            assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(i.resolvedAt()).isAfter(end);
        });
        Incident incident = found.getFirst();
        assertThat(expected).isNotEmpty().doesNotContain(bystander.id());
        assertThat(incidents.affectedIds(incident.id())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(incidents.points(incident.id())).extracting(IncidentRepository.Point::minute)
                .contains(onset.minus(Duration.ofMinutes(10)), incident.detectedAt());

        // the API answers the contract's shape; a customer sees the incident with only its own organization
        JsonNode listed = Api.admin(port).get("/api/v1/incidents?status=RESOLVED").json();
        JsonNode mine = null;
        for (JsonNode n : listed) if (n.get("id").asString().equals(incident.id())) mine = n;
        assertThat(mine).isNotNull();
        assertThat(mine.get("kind").asString()).isEqualTo("NETWORK_QUALITY");
        assertThat(mine.get("scope").get("isp").asString()).isEqualTo("KDDI");
        assertThat(mine.get("scope").has("edgeNode")).isFalse();
        assertThat(mine.get("affectedOrganizations")).hasSize(expected.size());

        // every affected organization: opening and resolved notice by e-mail and webhook, a proactive ticket
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (Organization o : all) {
                long mails = java.util.Arrays.stream(MAIL.getReceivedMessages())
                        .filter(m -> recipients(m).contains(o.contactEmail())).count();
                long hooks = HOOKS.stream().filter(h -> h.path().endsWith(o.id().toString())).count();
                assertThat(mails).as("mails to %s", o.name()).isEqualTo(expected.contains(o.id()) ? 2 : 0);
                assertThat(hooks).as("webhooks to %s", o.name()).isEqualTo(expected.contains(o.id()) ? 2 : 0);
            }
        });
        for (Received hook : HOOKS) {
            assertThat(WebhookSignature.verify(SECRET, hook.headers().get("x-globaldesk-timestamp"), hook.body(),
                    hook.headers().get("x-globaldesk-signature"), Instant.now(), Duration.ofMinutes(5))).isTrue();
            assertThat(Api.JSON.readTree(hook.body()).get("incident").get("id").asString()).isEqualTo(incident.id());
        }
        assertThat(HOOKS).extracting(h -> h.headers().get("x-globaldesk-event"))
                .containsOnly("incident.opened", "incident.resolved");
        MimeMessage toJapan = java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipients(m).contains(japan.contactEmail())).findFirst().orElseThrow();
        assertThat(toJapan.getSubject()).contains("KDDI").matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
        Actor staff = new Actor(null, "test", Role.ADMIN, null, null, Locale.ENGLISH);
        for (Organization o : all) {
            List<Ticket> proactive = tickets.ofOrganization(staff, o.id(), 50).stream()
                    .filter(t -> t.channel() == Channel.PROACTIVE).toList();
            assertThat(proactive).as("proactive tickets of %s", o.name()).hasSize(expected.contains(o.id()) ? 1 : 0);
            for (Ticket t : proactive) {
                assertThat(t.tags()).contains("incident-" + incident.id());
                assertThat(tickets.articles(staff, t.id())).as("the notice, then the resolution")
                        .filteredOn(a -> a.authorType() == io.globaldesk.ticket.AuthorType.SYSTEM && !a.internal()).hasSize(2);
            }
        }

        // replaying the same minutes again (a restart) neither opens nor announces anything twice
        TelemetryReplay.replay(sim, List.of(), store, onset, stop, publisher::publishEvent);
        assertThat(incidents.list(null, null, 500)).filteredOn(i -> i.detectedAt().isAfter(START) && i.detectedAt().isBefore(stop)).hasSize(1);
    }

    private static String recipients(MimeMessage m) {
        try {
            return String.valueOf(java.util.Arrays.toString(m.getAllRecipients()));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
