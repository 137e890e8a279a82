package io.globaldesk.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.globaldesk.support.Api;
import io.globaldesk.support.MovableClock;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The weekly digest goes out on Monday morning by the application's clock, once, to each configured recipient in the
 * recipient's language, through the notification outbox to a real SMTP server (GreenMail).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "globaldesk.data-dir=target/tmp/it-digest-${random.uuid}",
        "globaldesk.security.admin-token=" + Api.ADMIN_TOKEN,
        "globaldesk.demo=true",
        "globaldesk.telemetry.demo-feed=false",
        "globaldesk.insights.warm-up-delay=PT1000H",
        "globaldesk.insights.digest-check-every=PT1000H",
        "globaldesk.insights.digest-recipients=lead@apac.example:ja,pm@emea.example:de",
        "globaldesk.mail.from=insights@globaldesk.test",
        "globaldesk.notification.dispatch-interval=300ms"})
class WeeklyDigestMailIntegrationTests {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    /** Sunday evening; the digest of the week of 16 November is due on Monday 23 November at 07:00 UTC. */
    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-22T20:00:00Z"));

    static {
        MAIL.start();
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        Clock movingClock() {
            return CLOCK;
        }
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

    @Autowired
    WeeklyDigest digest;

    @Test
    void theDigestOfThePastWeekReachesEachRecipientOnceOnMondayInTheirLanguage() throws Exception {
        // a process that has sent nothing yet catches up with the last complete week (the outbox drops a second copy)
        assertThat(digest.sendIfDue()).as("catching up on the week of 9 November").isEqualTo(2);
        assertThat(digest.sendIfDue()).as("sent once per week").isZero();
        CLOCK.set(Instant.parse("2026-11-23T06:59:00Z"));
        assertThat(digest.sendIfDue()).as("not due before 07:00 on Monday").isZero();

        CLOCK.set(Instant.parse("2026-11-23T07:30:00Z"));
        assertThat(digest.sendIfDue()).as("due on Monday after 07:00").isEqualTo(2);
        assertThat(digest.sendIfDue()).as("sent once per week").isZero();
        CLOCK.set(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(digest.sendIfDue()).as("still the same week on Wednesday").isZero();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(MAIL.getReceivedMessages()).hasSize(4));
        MimeMessage japanese = to("lead@apac.example", "2026/11/16");
        MimeMessage german = to("pm@emea.example", "16.11.2026");
        assertThat(japanese.getSubject()).startsWith("GlobalDesk インサイト");
        assertThat(text(japanese)).contains("2026/11/16 の週のインサイトです", "主なトピック", "ドキュメントのギャップ", "CSAT");
        assertThat(german.getSubject()).startsWith("GlobalDesk-Einblicke für die Woche vom");
        assertThat(text(german)).contains("Einblicke für die Woche vom 16.11.2026", "Dokumentationslücken");
        to("lead@apac.example", "2026/11/09");
        to("pm@emea.example", "09.11.2026");
    }

    /** The one mail to {@code address} whose subject names the week {@code week}. */
    private static MimeMessage to(String address, String week) throws Exception {
        List<MimeMessage> found = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.toString(m.getRecipients(Message.RecipientType.TO)).contains(address) && m.getSubject().contains(week);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(found).as("mail to %s for the week of %s", address, week).hasSize(1);
        return found.getFirst();
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) return (String) part.getContent();
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) return found;
            }
        }
        return null;
    }
}
