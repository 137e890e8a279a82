package io.globaldesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.globaldesk.simulator.Simulation;
import io.globaldesk.simulator.SimulationPlan;
import io.globaldesk.simulator.TelemetrySimulator;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import io.globaldesk.telemetry.TelemetryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A real headless Chromium signs in and walks the main pages, by mouse and by keyboard. */
@GlobalDeskIntegrationTest
class BrowserTests {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TelemetryStore telemetry;

    @BeforeAll
    static void startBrowser() throws Exception {
        Path profile = Files.createTempDirectory(Path.of("target/tmp"), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("GlobalDesk-demo", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @Test
    void anAdminSignsInAndWalksTheMainPages() throws Exception {
        signIn("admin@globaldesk.demo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Follow the sun");
        assertThat(browser.findElements(By.cssSelector(".card.center"))).hasSize(3);
        for (var page : List.of(
                List.of("/organizations", "Organizations", "Sakura Live"),
                List.of("/agents", "Agents", "Yuki Tanaka"),
                List.of("/centers", "Support centers", "AMER"),
                List.of("/teams", "Teams", "EMEA Platform"),
                List.of("/admin/users", "Users", "lead@globaldesk.demo"),
                List.of("/admin/tokens", "API tokens", "New token"))) {
            browser.get(url(page.get(0)));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(page.get(1));
            assertThat(browser.getPageSource()).contains(page.get(2));
        }
        Files.createDirectories(Path.of("target/screenshots"));
        browser.get(url("/"));
        Files.write(Path.of("target/screenshots/home.png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aLeadCreatesAnOrganizationThroughTheForm() {
        signIn("lead@globaldesk.demo");
        browser.get(url("/organizations"));
        browser.findElement(By.cssSelector("details.card summary")).click();
        browser.findElement(By.id("o-name")).sendKeys("Browser Made Ltda.");
        browser.findElement(By.id("o-country")).sendKeys("BR");
        browser.findElement(By.id("o-locale")).sendKeys("pt-BR");
        browser.findElement(By.cssSelector("form.grid button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
        assertThat(browser.getPageSource()).contains("Browser Made Ltda.");
    }

    @Test
    void aLeadDeactivatesAnAgentInPlace() {
        signIn("lead@globaldesk.demo");
        browser.get(url("/agents"));
        var row = browser.findElement(By.xpath("//tr[td/a[text()='Hugo Martin']]"));
        String rowId = row.getAttribute("id");
        row.findElement(By.tagName("button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(rowId)).getText().contains("Inactive"));
        var swapped = browser.findElement(By.id(rowId));
        assertThat(swapped.getText()).contains("Hugo Martin").contains("Activate");
        swapped.findElement(By.tagName("button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(rowId)).getText().contains("Deactivate"));
    }

    @Test
    void theSkipLinkAndNavigationWorkFromTheKeyboard() {
        signIn("lead@globaldesk.demo");
        browser.get(url("/"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        browser.switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB);
        assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("a");
    }

    @Test
    void theUserSwitchesTheUiToJapanese() {
        signIn("yuki.tanaka@globaldesk.demo");
        browser.get(url("/agents?lang=ja"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("エージェント");
        browser.get(url("/centers"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("サポートセンター");
    }

    @Test
    void aCustomerSeesOnlyTheirPortal() {
        signIn("ana.souza@paporeto.demo");
        assertThat(browser.getCurrentUrl()).endsWith("/portal");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Papo Reto");
        assertThat(browser.findElements(By.cssSelector("a[href=\"/agents\"]"))).isEmpty();
    }

    @Test
    void anAgentOpensATicketPageAndReplies() {
        io.globaldesk.support.Api admin = io.globaldesk.support.Api.admin(port);
        String org = admin.get("/api/v1/organizations").json().get(0).get("id").asString();
        String subject = "Browser ticket " + java.util.UUID.randomUUID();
        String id = admin.post("/api/v1/tickets", io.globaldesk.support.Api.map("organizationId", org, "subject", subject,
                "body", "Our users hear an echo in every call.", "channel", "API", "category", "audio")).json().get("id").asString();
        signIn("emily.johnson@globaldesk.demo");
        browser.get(url("/tickets/" + id + "?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(subject);
        browser.findElement(By.id("reply-body")).sendKeys("Could you send us the SDK logs?");
        browser.findElement(By.cssSelector("form.reply button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
        assertThat(browser.findElements(By.cssSelector("ol.conversation li.article.public .body")))
                .anySatisfy(body -> assertThat(body.getText()).isEqualTo("Could you send us the SDK logs?"));
    }

    @Test
    void anAgentInsertsAReplyTemplateInTheJapaneseCustomersProfileAndSendsIt() {
        io.globaldesk.support.Api admin = io.globaldesk.support.Api.admin(port);
        String org = admin.get("/api/v1/organizations").json().valueStream()
                .filter(o -> o.get("name").asString().contains("Sakura Live")).findFirst().orElseThrow().get("id").asString();
        String id = admin.post("/api/v1/tickets", io.globaldesk.support.Api.map("organizationId", org,
                "requester", io.globaldesk.support.Api.map("name", "Watanabe", "email", "picker-" + java.util.UUID.randomUUID() + "@example.test"),
                "subject", "Template ticket " + java.util.UUID.randomUUID(), "body", "Echo in every call.", "channel", "API"))
                .json().get("id").asString();
        signIn("emily.johnson@globaldesk.demo");
        browser.get(url("/tickets/" + id + "?lang=en"));
        browser.findElement(By.id("reply-body")).sendKeys("Logs checked.");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#reply-template-TICKET_RESOLVED button"))).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("reply-body")).getDomProperty("value").contains("Watanabe様"));
        String reply = browser.findElement(By.id("reply-body")).getDomProperty("value");
        assertThat(reply).startsWith("Logs checked.").contains("ご質問について対応いたしました");
        browser.findElement(By.cssSelector("form.reply button.primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
        assertThat(browser.findElements(By.cssSelector("ol.conversation li.article.public .body")))
                .anySatisfy(body -> assertThat(body.getText()).contains("Watanabe様").contains("Logs checked."));
    }

    @Test
    void anAgentOpensTheWorldViewAndASessionPageWithTheirCharts() {
        java.time.Instant start = java.time.Instant.now().minus(Duration.ofMinutes(8)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Simulation sim = new TelemetrySimulator().run(SimulationPlan.of(23, start, Duration.ofMinutes(5), 40));
        telemetry.appendSamples(sim.samples(), null);
        // the world view reads the per-minute rollups: close the simulated minutes as the aggregator would
        for (java.time.Instant m = start.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
             m.isBefore(start.plus(Duration.ofMinutes(6))); m = m.plusSeconds(60)) {
            telemetry.aggregateMinute(m);
        }
        String sessionId = sim.samples().getFirst().sessionId();
        signIn("emily.johnson@globaldesk.demo");
        browser.get(url("/quality"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Call quality worldwide");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quality-table tbody tr.drill a")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quality-chart canvas")));
        String region = browser.findElement(By.cssSelector("#quality-table tbody tr.drill a")).getText();
        browser.findElement(By.cssSelector("#quality-table tbody tr.drill a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quality-crumbs"), region));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quality-key-header"), "ISP"));

        browser.get(url("/quality/sessions/" + java.net.URLEncoder.encode(sessionId, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(sessionId);
        assertThat(browser.findElements(By.cssSelector("#participants tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("article.verdict"))).isNotEmpty();
        wait.until(d -> d.findElements(By.cssSelector("#session-charts .chart.timeline canvas")).size() >= 6);
    }

    @Test
    void anAgentDiscussesAnArticleMentioningAColleagueAndSeesRelatedArticles() {
        io.globaldesk.support.Api admin = io.globaldesk.support.Api.admin(port);
        String title = "Browser discussion " + java.util.UUID.randomUUID();
        long id = admin.post("/api/v1/kb/articles", io.globaldesk.support.Api.map("locale", "en", "title", title,
                "body", "Echo in calls: turn on hardware echo cancellation.", "visibility", "INTERNAL")).json().get("id").asLong();
        signIn("emily.johnson@globaldesk.demo");
        browser.get(url("/kb/articles/" + id + "?lang=en"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("discussion-body")))
                .sendKeys("@yuki.tanaka could you check the Japanese version?");
        browser.findElement(By.cssSelector("#article-discussion button.primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-discussion ol.discussion li")));
        assertThat(browser.findElement(By.cssSelector("#article-discussion ol.discussion li")).getText())
                .contains("could you check the Japanese version?", "Yuki Tanaka · APAC");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".related-articles h3"))).getText())
                .isEqualTo("Related articles");
    }

    @Test
    void aCustomerSeesArticlesRecommendedToTheirOrganization() {
        signIn("ana.souza@paporeto.demo");
        browser.get(url("/portal/tickets?lang=en"));
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".related-articles h3"))).getText())
                .isEqualTo("Recommended for you");
    }
}
