package io.globaldesk.culture;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import io.globaldesk.support.Browser;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.globaldesk.support.Browser.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** Administrators override a profile's template in the UI with a live preview; rendering then uses the override. */
@GlobalDeskIntegrationTest
class CulturePagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TemplateRenderer renderer;

    @Test
    void anAdminPreviewsAndSavesAProfileOverrideAndResetsItToTheBundle() throws Exception {
        Browser admin = new Browser(port).signIn("admin@globaldesk.demo");
        HttpResponse<String> page = admin.get("/admin/culture?key=ticket.resolved&profile=KOREA&language=de");
        assertThat(page.statusCode()).isEqualTo(200);
        String builtIn = renderer.pattern("ticket.resolved", CultureProfileCode.KOREA, Locale.GERMAN);
        assertThat(page.body()).contains("GD-1042"); // the preview renders the sample arguments
        String csrf = Browser.csrfMeta(page.body());

        String form = "key=ticket.resolved&profile=KOREA&language=de&pattern=";
        HttpResponse<String> preview = admin.post("/admin/culture/preview",
                form + enc("Erledigt: {ticketNumber}, {count, plural, one {# Schritt} other {# Schritte}}"), csrf);
        assertThat(preview.body()).contains("Erledigt: GD-1042, 2 Schritte").doesNotContain("<html");
        assertThat(admin.post("/admin/culture/preview", form + enc("Erledigt {oops"), csrf).body()).contains("flash error");

        assertThat(admin.post("/admin/culture", form + enc("Bad {unclosed"), csrf).statusCode()).isEqualTo(302);
        assertThat(renderer.pattern("ticket.resolved", CultureProfileCode.KOREA, Locale.GERMAN)).isEqualTo(builtIn);

        admin.post("/admin/culture", form + enc("Erledigt: {ticketNumber}"), csrf);
        assertThat(renderer.render(ReplyTemplate.TICKET_RESOLVED, CultureProfileCode.KOREA, Locale.GERMAN,
                Map.of("ticketNumber", "GD-7"))).isEqualTo("Erledigt: GD-7");
        assertThat(renderer.pattern("ticket.resolved", CultureProfileCode.EUROPE, Locale.GERMAN)).isNotEqualTo("Erledigt: {ticketNumber}");

        admin.post("/admin/culture/reset", "key=ticket.resolved&profile=KOREA&language=de", csrf);
        assertThat(renderer.pattern("ticket.resolved", CultureProfileCode.KOREA, Locale.GERMAN)).isEqualTo(builtIn);
    }

    @Test
    void agentsCannotEditCulture() throws Exception {
        Browser agent = new Browser(port).signIn("yuki.tanaka@globaldesk.demo");
        assertThat(agent.get("/admin/culture").statusCode()).isEqualTo(403);
    }
}
