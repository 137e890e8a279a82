package io.globaldesk.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.globaldesk.notification.OutboxStatus.Channel;
import io.globaldesk.notification.OutboxStatus.State;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import io.globaldesk.support.MovableClock;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox on the real PostgreSQL with a real SMTP server (GreenMail) and a real HTTP receiver. The test drives its
 * own dispatcher on a clock set in the year 2100: the application's dispatcher, on the real clock, never finds these
 * messages due, and the test moves time instead of sleeping through backoff waits.
 */
@GlobalDeskIntegrationTest
class OutboxIntegrationTests {

    static final Instant FAR_AHEAD = Instant.parse("2100-01-01T00:00:00Z");
    static GreenMail smtpServer;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Notifications applicationNotifications;

    final MovableClock clock = new MovableClock(FAR_AHEAD);
    final NotificationProperties properties = new NotificationProperties(Duration.ofSeconds(5), 20, 3,
            Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(5),
            new NotificationProperties.RateLimit(2, Duration.ofHours(1)),
            new NotificationProperties.Webhook(Duration.ofSeconds(2), Duration.ofSeconds(5)), Duration.ofDays(30));
    final MailSettings mail = new MailSettings("GlobalDesk Support <support@globaldesk.test>", "replies@globaldesk.test",
            new MailSettings.Inbound("", 0, "", "", "INBOX", Duration.ofMinutes(1), false, DataSize.ofMegabytes(25), 200_000));
    final JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    Outbox outbox;
    Notifications notifications;
    OutboxDispatcher dispatcher;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startSmtp() {
        smtpServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtpServer.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtpServer.stop();
    }

    @BeforeEach
    void wire() {
        smtp.setHost("127.0.0.1");
        smtp.setPort(smtpServer.getSmtp().getPort());
        outbox = new Outbox(jdbc);
        notifications = new Notifications(outbox, properties, clock);
        dispatcher = dispatcher(clock);
    }

    OutboxDispatcher dispatcher(MovableClock at) {
        List<Transport> transports = List.of(new EmailTransport(smtp, mail, at),
                new WebhookTransport(properties.webhook().connectTimeout(), properties.webhook().timeout(), at));
        return new OutboxDispatcher(outbox, transports, new RetryPolicy(properties.maxAttempts(), properties.initialBackoff(),
                properties.maxBackoff(), new Random(3)), at, properties.batchSize(), properties.lease());
    }

    @Test
    void sendsAnOutboxEmailBySmtpWithThreadingHeadersAndAnEscapedHtmlAlternative() throws Exception {
        String to = "ken." + run + "@sakura-live.demo";
        UUID id = notifications.email(EmailMessage.to(to, "Re: 音声が途切れる [#123]", "ご連絡ありがとうございます。\n<script>x</script> & 4.2.1")
                .named("渡辺 健").withMessageId("<ticket-123.article-456." + run + "@globaldesk.local>")
                .replyingTo("<c-2@sakura-live.demo>", List.of("<c-1@sakura-live.demo>", "<c-2@sakura-live.demo>"))).orElseThrow();

        dispatcher.dispatchDue();

        assertThat(notifications.status(id).orElseThrow()).extracting(OutboxStatus::state, OutboxStatus::attempts, OutboxStatus::sentAt)
                .containsExactly(State.SENT, 1, FAR_AHEAD);
        MimeMessage received = receivedBy(to).getFirst();
        assertThat(received.getHeader("Message-ID", null)).isEqualTo("<ticket-123.article-456." + run + "@globaldesk.local>");
        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<c-2@sakura-live.demo>");
        assertThat(received.getHeader("References", null)).isEqualTo("<c-1@sakura-live.demo> <c-2@sakura-live.demo>");
        assertThat(received.getSubject()).isEqualTo("Re: 音声が途切れる [#123]");
        assertThat(received.getFrom()[0].toString()).isEqualTo("GlobalDesk Support <support@globaldesk.test>");
        assertThat(received.getReplyTo()[0].toString()).isEqualTo("replies@globaldesk.test");
        assertThat(((jakarta.mail.internet.InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("渡辺 健");
        String plain = findPart(received, "text/plain");
        String html = findPart(received, "text/html");
        assertThat(plain).contains("ご連絡ありがとうございます。").contains("<script>x</script> & 4.2.1");
        assertThat(html).contains("&lt;script&gt;x&lt;/script&gt; &amp; 4.2.1").doesNotContain("<script>");
    }

    @Test
    void keepsAnEmailPendingWhileSmtpIsDownAndSendsItExactlyOnceWhenItIsBack() throws Exception {
        String to = "ana." + run + "@paporeto.demo";
        smtp.setPort(closedPort());
        UUID id = notifications.email(EmailMessage.to(to, "Seu chamado foi recebido", "Obrigado.")).orElseThrow();

        dispatcher.dispatchDue();
        OutboxStatus afterFailure = notifications.status(id).orElseThrow();
        assertThat(afterFailure.state()).isEqualTo(State.PENDING);
        assertThat(afterFailure.attempts()).isEqualTo(1);
        assertThat(afterFailure.lastError()).isNotBlank();
        assertThat(afterFailure.nextAttemptAt()).isBetween(FAR_AHEAD.plusSeconds(15), FAR_AHEAD.plusSeconds(30));

        smtp.setPort(smtpServer.getSmtp().getPort());
        assertThat(dispatcher.dispatchDue()).as("not due before its backoff ends").isZero();
        clock.advance(Duration.ofSeconds(31));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();

        OutboxStatus delivered = notifications.status(id).orElseThrow();
        assertThat(delivered.state()).isEqualTo(State.SENT);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheLastErrorAndRetryNowRevivesIt() throws Exception {
        String url = "http://127.0.0.1:" + closedPort() + "/hook";
        UUID id = notifications.webhook(WebhookMessage.to(url, "s3cret", "incident.opened", "{\"run\":\"" + run + "\"}")).orElseThrow();
        for (int i = 0; i < 3; i++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofMinutes(10));
        }
        OutboxStatus dead = notifications.status(id).orElseThrow();
        assertThat(dead.state()).isEqualTo(State.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).startsWith("connection failed");
        assertThat(dead.nextAttemptAt()).isNull();

        OutboxStatus revived = notifications.retryNow(id).orElseThrow();
        assertThat(revived.state()).isEqualTo(State.PENDING);
        assertThat(revived.nextAttemptAt()).isEqualTo(clock.instant());
        dispatcher.dispatchDue();
        assertThat(notifications.status(id).orElseThrow()).as("one more attempt, then dead again")
                .extracting(OutboxStatus::state, OutboxStatus::attempts).containsExactly(State.DEAD, 4);
        assertThat(notifications.retryNow(UUID.randomUUID())).isEmpty();
    }

    @Test
    void deliversASignedWebhookAndRetriesItAfterA503() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(503, 200)) {
            String body = "{\"incident\":\"" + run + "\",\"region\":\"日本\"}";
            UUID id = notifications.webhook(WebhookMessage.to(receiver.url(), "s3cret", "incident.opened", body)).orElseThrow();

            dispatcher.dispatchDue();
            assertThat(notifications.status(id).orElseThrow()).extracting(OutboxStatus::state, OutboxStatus::lastError)
                    .containsExactly(State.PENDING, "HTTP 503 from 127.0.0.1");
            clock.advance(Duration.ofMinutes(1));
            dispatcher.dispatchDue();

            assertThat(notifications.status(id).orElseThrow().state()).isEqualTo(State.SENT);
            assertThat(receiver.requests).hasSize(2);
            WebhookReceiver.Request last = receiver.requests.getLast();
            assertThat(last.body()).isEqualTo(body);
            assertThat(last.header("Content-Type")).startsWith("application/json");
            assertThat(last.header(WebhookSignature.EVENT_TYPE_HEADER)).isEqualTo("incident.opened");
            assertThat(receiver.requests).extracting(r -> r.header(WebhookSignature.EVENT_ID_HEADER))
                    .containsOnly(id.toString());
            assertThat(last.header(WebhookSignature.TIMESTAMP_HEADER)).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
            assertThat(WebhookSignature.verify("s3cret", last.header(WebhookSignature.TIMESTAMP_HEADER), last.body(),
                    last.header(WebhookSignature.SIGNATURE_HEADER), clock.instant(), Duration.ofMinutes(5))).isTrue();
            assertThat(WebhookSignature.verify("wrong", last.header(WebhookSignature.TIMESTAMP_HEADER), last.body(),
                    last.header(WebhookSignature.SIGNATURE_HEADER), clock.instant(), Duration.ofMinutes(5))).isFalse();
            assertThat(jdbc.sql("select payload::text from notification_outbox where id = ?").param(id).query(String.class).single())
                    .as("the secret is forgotten once sent").doesNotContain("s3cret").contains("incident.opened");
        }
    }

    @Test
    void doesNotRetryAWebhookThatWasRefusedWith400ButDoesAfter429() throws Exception {
        try (WebhookReceiver refusing = new WebhookReceiver(400); WebhookReceiver throttling = new WebhookReceiver(429, 200)) {
            UUID refused = notifications.webhook(WebhookMessage.to(refusing.url(), "s", "incident.opened", "{}")).orElseThrow();
            UUID throttled = notifications.webhook(WebhookMessage.to(throttling.url(), "s", "incident.opened", "{}")).orElseThrow();
            for (int i = 0; i < 3; i++) {
                dispatcher.dispatchDue();
                clock.advance(Duration.ofMinutes(10));
            }
            assertThat(notifications.status(refused).orElseThrow()).extracting(OutboxStatus::state, OutboxStatus::attempts, OutboxStatus::lastError)
                    .containsExactly(State.DEAD, 1, "HTTP 400 from 127.0.0.1");
            assertThat(refusing.requests).hasSize(1);
            assertThat(notifications.status(throttled).orElseThrow().state()).isEqualTo(State.SENT);
            assertThat(throttling.requests).hasSize(2);
        }
    }

    @Test
    void purgesSentMessagesAfterTheRetention() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            UUID sent = notifications.webhook(WebhookMessage.to(receiver.url(), "s", "purge." + run, "{}")).orElseThrow();
            UUID dead = notifications.webhook(WebhookMessage.to("http://127.0.0.1:" + closedPort() + "/x", "s", "purge." + run, "{}")
                    .dedupedBy("purge-dead-" + run)).orElseThrow();
            jdbc.sql("update notification_outbox set state = 'DEAD' where id = ?").param(dead).update();
            dispatcher.dispatchDue();
            assertThat(outbox.purgeSentBefore(clock.instant().minusSeconds(1))).as("not yet old enough").isZero();
            clock.advance(Duration.ofDays(31));
            assertThat(outbox.purgeSentBefore(clock.instant().minus(Duration.ofDays(30)))).isGreaterThanOrEqualTo(1);
            assertThat(notifications.status(sent)).isEmpty();
            assertThat(notifications.status(dead)).as("dead messages stay for a lead to look at").isPresent();
        }
    }

    @Test
    void storesOneMessagePerDedupeKey() {
        String key = "incident-" + run + "/org-1/opened";
        EmailMessage notice = EmailMessage.to("ops." + run + "@streamly.demo", "Incident", "We are on it.").dedupedBy(key);
        Optional<UUID> first = notifications.email(notice);
        Optional<UUID> second = notifications.email(notice);
        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_outbox where dedupe_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rateLimitsARecipientPerTopicAndWindow() {
        String to = "noc." + run + "@hallo-medizin.demo";
        EmailMessage notice = EmailMessage.to(to, "Degraded video in Frankfurt", "…").rateLimitedPer("incident-" + run);
        assertThat(notifications.email(notice)).isPresent();
        assertThat(notifications.email(notice)).isPresent();
        assertThat(notifications.email(notice)).as("third within the hour").isEmpty();
        assertThat(notifications.email(notice.rateLimitedPer("other-topic-" + run))).as("another topic").isPresent();
        assertThat(notifications.email(EmailMessage.to("other." + run + "@hallo-medizin.demo", "x", "y")
                .rateLimitedPer("incident-" + run))).as("another recipient").isPresent();
        assertThat(notifications.email(EmailMessage.to(to, "No topic, no limit", "…"))).isPresent();
        clock.advance(Duration.ofMinutes(61));
        assertThat(notifications.email(notice)).as("after the window").isPresent();
    }

    @Test
    void theRateLimitHoldsForConcurrentCallers() throws Exception {
        // the application's own service: transactional, so the advisory lock serialises callers per recipient and topic
        String to = "race." + run + "@streamly.demo";
        EmailMessage notice = EmailMessage.to(to, "Incident", "…").rateLimitedPer("incident-" + run);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<Optional<UUID>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) calls.add(pool.submit(() -> applicationNotifications.email(notice)));
            long stored = 0;
            for (var call : calls) stored += call.get().isPresent() ? 1 : 0;
            assertThat(stored).isEqualTo(3); // the default limit: 3 per recipient, topic and hour
        }
        assertThat(jdbc.sql("select count(*) from notification_outbox where recipient = ?").param(to).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void enqueuesInTheCallersTransactionSoARollbackSendsNothing() {
        String key = "rollback-" + run;
        transactions.executeWithoutResult(status -> {
            UUID id = applicationNotifications.email(EmailMessage.to("x." + run + "@streamly.demo", "s", "t").dedupedBy(key)).orElseThrow();
            assertThat(applicationNotifications.status(id)).isPresent();
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from notification_outbox where dedupe_key = ?").param(key)
                .query(Long.class).single()).isZero();
    }

    @Test
    void concurrentDispatchersClaimDifferentMessages() throws Exception {
        String url = "http://127.0.0.1:" + closedPort() + "/hook";
        for (int i = 0; i < 6; i++) notifications.webhook(WebhookMessage.to(url, "s", "t." + run, "{}"));
        transactions.executeWithoutResult(status -> {
            List<Outbox.Claimed> mine = outbox.claim(List.of(Channel.WEBHOOK), clock.instant(), 3, Duration.ofMinutes(5));
            // another dispatcher, on its own connection, while this transaction still holds its rows
            List<Outbox.Claimed> theirs = CompletableFuture.supplyAsync(() ->
                    outbox.claim(List.of(Channel.WEBHOOK), clock.instant(), 100, Duration.ofMinutes(5))).join();
            assertThat(mine).hasSize(3);
            assertThat(theirs).extracting(Outbox.Claimed::id).doesNotContainAnyElementsOf(mine.stream().map(Outbox.Claimed::id).toList());
            assertThat(java.util.stream.Stream.concat(mine.stream(), theirs.stream()).filter(c -> c.payload().contains("t." + run)))
                    .as("every message claimed once").hasSize(6);
        });
    }

    @Test
    void claimsEachChannelsDueMessagesUpToTheLimitWhateverWaitsInTheOther() throws Exception {
        String url = "http://127.0.0.1:" + closedPort() + "/hook";
        transactions.executeWithoutResult(status -> {
            // mail older than the webhooks waits in front of them in due order
            for (int i = 0; i < 5; i++) notifications.email(EmailMessage.to("pile." + i + "." + run + "@streamly.demo", "s", "t"));
            clock.advance(Duration.ofSeconds(1));
            for (int i = 0; i < 3; i++) notifications.webhook(WebhookMessage.to(url, "s", "claim." + run, "{}"));

            List<Outbox.Claimed> webhooks = outbox.claim(List.of(Channel.WEBHOOK), clock.instant(), 100, Duration.ofMinutes(5));
            assertThat(webhooks).extracting(Outbox.Claimed::channel).containsOnly(Channel.WEBHOOK);
            assertThat(webhooks.stream().filter(c -> c.payload().contains("claim." + run))).hasSize(3);

            List<Outbox.Claimed> both = outbox.claim(List.of(Channel.EMAIL, Channel.WEBHOOK), clock.instant(), 4, Duration.ofMinutes(5));
            assertThat(both).as("no more than the limit, over both channels").hasSize(4)
                    .extracting(Outbox.Claimed::channel).containsOnly(Channel.EMAIL);
            status.setRollbackOnly();
        });
    }

    @Test
    void aMessageClaimedByADispatcherThatDiedIsDeliveredAfterItsLease() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            UUID id = notifications.webhook(WebhookMessage.to(receiver.url(), "s", "restart." + run, "{}")).orElseThrow();
            // a dispatcher claims it and dies before delivering
            assertThat(outbox.claim(List.of(Channel.WEBHOOK), clock.instant(), 100, Duration.ofMinutes(5)))
                    .extracting(Outbox.Claimed::id).contains(id);
            dispatcher.dispatchDue();
            assertThat(receiver.requests).as("hidden while leased").isEmpty();

            clock.advance(Duration.ofMinutes(6));
            dispatcher.dispatchDue();
            assertThat(receiver.requests).hasSize(1);
            assertThat(notifications.status(id).orElseThrow().state()).isEqualTo(State.SENT);
        }
    }

    List<MimeMessage> receivedBy(String address) throws Exception {
        return Arrays.stream(smtpServer.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String findPart(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) return (String) part.getContent();
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = findPart(multipart.getBodyPart(i), type);
                if (found != null) return found;
            }
        }
        return null;
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
