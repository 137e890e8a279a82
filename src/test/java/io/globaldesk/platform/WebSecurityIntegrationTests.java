package io.globaldesk.platform;

import java.net.http.HttpResponse;

import io.globaldesk.support.Browser;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.globaldesk.support.Browser.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class WebSecurityIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesNeedASignIn() throws Exception {
        HttpResponse<String> r = new Browser(port, null).get("/organizations");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aDemoAdminSignsInAndSeesTheDirectory() throws Exception {
        Browser browser = new Browser(port, null);
        HttpResponse<String> login = browser.login("admin@globaldesk.demo", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> page = browser.get("/organizations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hallo Medizin GmbH");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> login = new Browser(port, null).login("lead@globaldesk.demo", "wrong-password");
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void formsWithoutACsrfTokenAreRejected() throws Exception {
        Browser browser = new Browser(port, null);
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
        for (int i = 0; i < 5; i++) new Browser(port, null).login(user, "guess-" + i);
        HttpResponse<String> r = new Browser(port, null).login(user, PASSWORD);
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
        Browser browser = new Browser(port, null);
        browser.login("ken.watanabe@sakura-live.demo", PASSWORD);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        assertThat(browser.get("/portal").body()).contains("Sakura Live");
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void theUiSpeaksTheLanguageOfTheBrowser() throws Exception {
        HttpResponse<String> r = new Browser(port, "ja-JP,ja;q=0.9,en;q=0.5").get("/login");
        assertThat(r.body()).contains("サインイン").contains("lang=\"ja\"");
    }
}
