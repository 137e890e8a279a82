package io.globaldesk.alerting.web;

import io.globaldesk.alerting.Incident;
import io.globaldesk.alerting.IncidentStatus;
import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.Scope;
import io.globaldesk.alerting.ScopeKind;
import io.globaldesk.alerting.live.IncidentRepository;
import io.globaldesk.alerting.live.SilenceRepository;
import io.globaldesk.support.Browser;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static io.globaldesk.support.Browser.enc;
import static io.globaldesk.support.Browser.find;
import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class AlertingPagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IncidentRepository incidents;
    @Autowired
    SilenceRepository silences;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aLeadSeesIncidentsWithTheirTimelineAndManagesSilencesInTheirLanguage() throws Exception {
        String id = "page-" + run;
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        incidents.insert(new Incident(id, ScopeKind.NETWORK_QUALITY, Scope.edge("eu-west", "edge-" + run), Metric.LOSS_P95,
                at.minusSeconds(180), at, null, IncidentStatus.FIRING));
        incidents.addPoint(id, new IncidentRepository.Point(at.minusSeconds(60), Metric.LOSS_P95, 14.5, 300));
        Browser lead = new Browser(port, "de").signIn("lead@globaldesk.demo");

        HttpResponse<String> list = lead.get("/alerting/incidents?lang=de");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Vorfälle").contains("edgeNode=edge-" + run).contains("/alerting/incidents/" + id);
        HttpResponse<String> detail = lead.get("/alerting/incidents/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("Zeitverlauf").contains("data-chart=").contains("14.5").contains("/js/alerting.js")
                .doesNotContain("<script>");
        assertThat(lead.get("/alerting/incidents/nope-" + run).statusCode()).isEqualTo(404);
        assertThat(lead.get("/alerting/health").statusCode()).isEqualTo(200);

        HttpResponse<String> page = lead.get("/alerting/silences");
        assertThat(page.statusCode()).isEqualTo(200);
        String csrf = find(page.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        HttpResponse<String> saved = lead.post("/alerting/silences", "isp=Orange-" + run + "&region=eu-west&startsAt=2026-07-01T00:00"
                + "&endsAt=2026-07-01T02:00&maintenance=true&comment=fiber+" + run + "&_csrf=" + enc(csrf));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(silences.list()).anySatisfy(s -> assertThat(s.silence().matchers()).containsEntry("isp", "Orange-" + run));
        assertThat(lead.get("/alerting/silences").body()).contains("fiber " + run);
        lead.get("/alerting/incidents?lang=en");
    }

    @Test
    void anAgentMayNotOpenTheSilencesPage() throws Exception {
        Browser agent = new Browser(port, "de").signIn("emily.johnson@globaldesk.demo");
        assertThat(agent.get("/alerting/incidents").statusCode()).isEqualTo(200);
        assertThat(agent.get("/alerting/silences").statusCode()).isEqualTo(403);
    }

}
