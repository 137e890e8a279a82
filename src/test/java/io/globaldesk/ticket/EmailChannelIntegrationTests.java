package io.globaldesk.ticket;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.globaldesk.support.Api;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The e-mail round trip against a real mail server (GreenMail, SMTP and IMAP): mail in opens a ticket; the agent's reply
 * goes out threaded; the customer's answer to it lands on the same ticket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "globaldesk.data-dir=target/tmp/it-mail-${random.uuid}",
        "globaldesk.security.admin-token=" + Api.ADMIN_TOKEN,
        "globaldesk.demo=true",
        "globaldesk.telemetry.demo-feed=false",
        "globaldesk.mail.from=support@globaldesk.test",
        "globaldesk.mail.inbound.user=support",
        "globaldesk.mail.inbound.password=imap-secret",
        "globaldesk.mail.inbound.poll-interval=1s",
        "globaldesk.notification.dispatch-interval=500ms"})
class EmailChannelIntegrationTests {

    static final GreenMail MAIL = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    static {
        MAIL.start();
        MAIL.setUser("support@globaldesk.test", "support", "imap-secret");
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("globaldesk.mail.inbound.host", () -> "127.0.0.1");
        registry.add("globaldesk.mail.inbound.port", () -> MAIL.getImap().getPort());
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    void send(String from, String subject, String text, String messageId, String inReplyTo) throws Exception {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(MAIL.getSmtp().getPort());
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from, "Ken Watanabe");
        helper.setTo("support@globaldesk.test");
        helper.setSubject(subject);
        helper.setText(text);
        message.setHeader("Message-ID", messageId);
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        smtp.send(message);
    }

    @Test
    void mailInOpensATicketTheReplyGoesOutThreadedAndTheAnswerComesBack() throws Exception {
        String first = "<" + UUID.randomUUID() + "@sakura-live.demo>";
        send("ken.watanabe@sakura-live.demo", "音声が途切れる", "通話中に音声が数秒ごとに途切れます。", first, null);

        UUID ticket = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select ticket_id from ticket_article where message_id = ?").param(first).query(UUID.class).optional(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(jdbc.sql("select channel from ticket where id = ?").param(ticket).query(String.class).single()).isEqualTo("EMAIL");
        assertThat(jdbc.sql("select organization_id is not null from ticket where id = ?").param(ticket).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select language from ticket where id = ?").param(ticket).query(String.class).single()).isEqualTo("ja");

        Api.Response reply = Api.admin(port).post("/api/v1/tickets/" + ticket + "/articles",
                map("body", "SDK 4.5.2 で修正されています。更新をお試しください。", "internal", false));
        assertThat(reply.status()).isEqualTo(201);

        MimeMessage out = await().atMost(Duration.ofSeconds(60)).until(() -> List.of(MAIL.getReceivedMessages()).stream()
                .filter(m -> hasRecipient(m, "ken.watanabe@sakura-live.demo") && header(m, "In-Reply-To") != null)
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(header(out, "In-Reply-To")).isEqualTo(first);
        assertThat(out.getSubject()).contains("#");
        String agentMessageId = header(out, "Message-ID");
        assertThat(agentMessageId).startsWith("<ticket-");

        String answer = "<" + UUID.randomUUID() + "@sakura-live.demo>";
        send("ken.watanabe@sakura-live.demo", "Re: " + out.getSubject(), "ありがとうございます。直りました。", answer, agentMessageId);
        UUID sameTicket = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select ticket_id from ticket_article where message_id = ?").param(answer).query(UUID.class).optional(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(sameTicket).isEqualTo(ticket);
    }

    static boolean hasRecipient(MimeMessage m, String address) {
        try {
            return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }
}
