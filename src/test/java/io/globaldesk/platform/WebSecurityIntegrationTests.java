package io.globaldesk.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class WebSecurityIntegrationTests {

    static final String PASSWORD = "GlobalDesk-demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** A browser-like client: keeps cookies, does not follow redirects so the test can see them. */
    class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String page) throws Exception {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(page).body());
            assertThat(m.find()).as("CSRF field on " + page).isTrue();
            return m.group(1);
        }

        HttpResponse<String> login(String user, String password) throws Exception {
            return post("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf("/login")));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        HttpResponse<String> r = new Browser().get("/organizations");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aDemoAdminSignsInAndSeesTheDirectory() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.login("admin@globaldesk.demo", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> page = browser.get("/organizations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hallo Medizin GmbH");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> login = new Browser().login("lead@globaldesk.demo", "wrong-password");
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void formsWithoutACsrfTokenAreRejected() throws Exception {
        Browser browser = new Browser();
        browser.login("admin@globaldesk.demo", PASSWORD);
        HttpResponse<String> r = browser.post("/admin/organizations", "name=X&country=JP&locale=ja&tier=STANDARD");
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPassword() throws Exception {
        // a user of its own: the shared application keeps the throttle for the demo users' other tests untouched
        String user = "throttled-" + java.util.UUID.randomUUID() + "@globaldesk.test";
        io.globaldesk.support.Api.admin(port).post("/api/v1/users", io.globaldesk.support.Api.map("email", user,
                "displayName", "Throttled", "password", PASSWORD, "role", "AGENT"));
        for (int i = 0; i < 5; i++) new Browser().login(user, "guess-" + i);
        HttpResponse<String> r = new Browser().login(user, PASSWORD);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?throttled");
    }

    @Test
    void passwordsAreStoredAsSaltedHashes() {
        var hashes = jdbc.sql("select password_hash from app_user").query(String.class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2").doesNotContain(PASSWORD));
        assertThat(hashes).doesNotHaveDuplicates();
    }

    @Test
    void aCustomerLandsInTheirPortalAndCannotOpenStaffPages() throws Exception {
        Browser browser = new Browser();
        browser.login("ken.watanabe@sakura-live.demo", PASSWORD);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        assertThat(browser.get("/portal").body()).contains("Sakura Live");
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void theUiSpeaksTheLanguageOfTheBrowser() throws Exception {
        HttpResponse<String> r = new Browser().http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("サインイン").contains("lang=\"ja\"");
    }
}
