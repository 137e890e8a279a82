package io.globaldesk.culture;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators override a profile's template in the UI with a live preview; rendering then uses the override. */
@GlobalDeskIntegrationTest
class CulturePagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TemplateRenderer renderer;

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form, String csrf) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            if (csrf != null) request.header("X-CSRF-TOKEN", csrf);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        Browser signIn(String user) throws Exception {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(m.find()).isTrue();
            post("/login", "username=" + enc(user) + "&password=GlobalDesk-demo&_csrf=" + enc(m.group(1)), null);
            return this;
        }

        String csrf(String page) {
            Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
    }

    @Test
    void anAdminPreviewsAndSavesAProfileOverrideAndResetsItToTheBundle() throws Exception {
        Browser admin = new Browser().signIn("admin@globaldesk.demo");
        HttpResponse<String> page = admin.get("/admin/culture?key=ticket.resolved&profile=KOREA&language=de");
        assertThat(page.statusCode()).isEqualTo(200);
        String builtIn = renderer.pattern("ticket.resolved", CultureProfileCode.KOREA, Locale.GERMAN);
        assertThat(page.body()).contains("GD-1042"); // the preview renders the sample arguments
        String csrf = admin.csrf(page.body());

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
        Browser agent = new Browser().signIn("yuki.tanaka@globaldesk.demo");
        assertThat(agent.get("/admin/culture").statusCode()).isEqualTo(403);
    }
}
