package io.globaldesk.insights;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Articles recommended to an organization from what its tickets are about, and articles related to an article or a
 * ticket. A customer sees only its own organization's recommendations and never an internal article.
 */
@GlobalDeskIntegrationTest
class RecommendationsIntegrationTests {

    @LocalServerPort
    int port;

    /** A made-up word no other test uses, so that the search finds only this test's articles. */
    static String word(Random random) {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) w.append((char) ('a' + random.nextInt(26)));
        return w.toString();
    }

    @Test
    void anOrganizationIsRecommendedPublicArticlesOnWhatItsTicketsAreAboutAndSeesNoOtherOrganizations() {
        Api admin = Api.admin(port);
        String word = word(new Random());
        // organizations of this test alone, so that other tests' tickets do not enter their history
        String mine = organization(admin, "BR", "pt-BR");
        String other = organization(admin, "DE", "de-DE");
        long wanted = article(admin, "Android Bluetooth headset " + word + " echo fix", "PUBLIC");
        long internal = article(admin, "Android Bluetooth headset " + word + " echo internal notes", "INTERNAL");
        long billing = article(admin, "Invoice " + word + " minutes explained", "PUBLIC");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                admin.get("/api/v1/kb/search?q=" + word + "&locale=en").json().get("results").size() >= 3);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tickets.add(admin.post("/api/v1/tickets", map("organizationId", mine, "requester", map("name", "Ana", "email", "ana@example.com"),
                    "subject", "Bluetooth headset echo " + word + " on Android SDK 4.2", "body", "Our Bluetooth headset users hear echo (" + word + ").",
                    "channel", "WEB")).json().get("id").asString());
        }
        String othersTicket = admin.post("/api/v1/tickets", map("organizationId", other, "requester", map("name", "Bo", "email", "bo@example.com"),
                "subject", "Invoice minutes " + word, "body", "The invoice shows too many minutes " + word, "channel", "WEB")).json().get("id").asString();

        Api customer = admin.as(admin.post("/api/v1/api-tokens", map("name", "c", "role", "CUSTOMER", "organizationId", mine)).json().get("token").asString());
        List<Long> recommended = ids(customer.get("/api/v1/insights/organizations/" + mine + "/recommended-articles?locale=en&limit=10"));
        assertThat(recommended).contains(wanted).doesNotContain(internal);
        assertThat(recommended.indexOf(wanted)).as("the article on the organization's problem comes first among this test's")
                .isLessThan(recommended.contains(billing) ? recommended.indexOf(billing) : Integer.MAX_VALUE);
        assertThat(customer.get("/api/v1/insights/organizations/" + other + "/recommended-articles").status()).isEqualTo(404);
        assertThat(ids(admin.get("/api/v1/insights/organizations/" + mine + "/recommended-articles?limit=10"))).contains(wanted, internal);

        // related articles of an article and of a ticket, with the same audience rules
        assertThat(ids(customer.get("/api/v1/insights/articles/" + wanted + "/related"))).doesNotContain(wanted, internal);
        assertThat(ids(admin.get("/api/v1/insights/articles/" + wanted + "/related"))).contains(internal).doesNotContain(wanted);
        assertThat(customer.get("/api/v1/insights/articles/" + internal + "/related").status()).isEqualTo(404);
        assertThat(ids(customer.get("/api/v1/insights/tickets/" + tickets.getFirst() + "/related-articles"))).contains(wanted).doesNotContain(internal);
        assertThat(customer.get("/api/v1/insights/tickets/" + othersTicket + "/related-articles").status()).isEqualTo(404);
        assertThat(customer.get("/api/v1/insights/organizations/" + mine + "/recommended-articles?locale=xx").status()).isEqualTo(422);

        // the public help center's fragment: public articles only, for readers who are not signed in
        Api.Response page = new Api(port, null).send("GET", "/help/related/en/" + wanted, null, null, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("internal notes").contains("/help/en/");
        assertThat(new Api(port, null).send("GET", "/help/related/en/" + internal, null, null, "text/html").status()).isEqualTo(404);
    }

    private static String organization(Api admin, String country, String locale) {
        Api.Response r = admin.post("/api/v1/organizations", map("name", "Recommended " + UUID.randomUUID(), "country", country,
                "locale", locale, "tier", "PREMIUM"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static long article(Api admin, String title, String visibility) {
        Api.Response r = admin.post("/api/v1/kb/articles", map("locale", "en", "title", title,
                "body", title + ". Steps that help with this problem.", "tags", List.of("audio"), "visibility", visibility));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().forEach(n -> ids.add(n.get("articleId").asLong()));
        return ids;
    }
}
