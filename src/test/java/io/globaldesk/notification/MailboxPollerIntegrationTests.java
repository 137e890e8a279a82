package io.globaldesk.notification;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller against a real IMAP server (GreenMail), with mail arriving by SMTP or delivered straight into the box. */
class MailboxPollerIntegrationTests {

    GreenMail mailServer;
    GreenMailUser mailbox;
    final List<InboundEmailReceived> published = new ArrayList<>();

    @BeforeEach
    void start() {
        mailServer = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mailServer.start();
        mailbox = mailServer.setUser("support@globaldesk.test", "support", "imap-secret");
    }

    @AfterEach
    void stop() {
        mailServer.stop();
    }

    MailboxPoller poller(String password, java.util.function.Consumer<InboundEmail> accept) {
        MailSettings.Inbound settings = new MailSettings.Inbound("127.0.0.1", mailServer.getImap().getPort(), "support",
                password, "INBOX", Duration.ofMinutes(1), false, DataSize.ofMegabytes(1), 200_000);
        return new MailboxPoller(settings, new EmailParser(settings.maxAttachmentSize().toBytes(), settings.maxTextLength()), accept);
    }

    MailboxPoller publishing() {
        return poller("imap-secret", email -> published.add(new InboundEmailReceived(email)));
    }

    @Test
    void publishesInboundEmailReceivedForAMessageSentBySmtpWithTheParsedFields() throws Exception {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(mailServer.getSmtp().getPort());
        MimeMessage reply = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(reply, false, "UTF-8");
        helper.setFrom("ken.watanabe@sakura-live.demo", "渡辺 健");
        helper.setTo("support@globaldesk.test");
        helper.setSubject("Re: 音声が途切れる [#123]");
        helper.setText("4.2.1 で直りました。\n\n2026年11月25日(水) 10:00 GlobalDesk <support@globaldesk.test>:\n> 4.2.1 をお試しください。\n");
        reply.setHeader("Message-ID", "<reply-1@sakura-live.demo>");
        reply.setHeader("In-Reply-To", "<ticket-123.article-456@globaldesk.local>");
        reply.setHeader("References", "<ticket-123@globaldesk.local> <ticket-123.article-456@globaldesk.local>");
        smtp.send(reply);
        assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();

        assertThat(publishing().poll()).isEqualTo(1);

        assertThat(published).hasSize(1);
        InboundEmail email = published.getFirst().email();
        assertThat(email.messageId()).isEqualTo("<reply-1@sakura-live.demo>");
        assertThat(email.inReplyTo()).isEqualTo("<ticket-123.article-456@globaldesk.local>");
        assertThat(email.references()).containsExactly("<ticket-123@globaldesk.local>", "<ticket-123.article-456@globaldesk.local>");
        assertThat(email.fromName()).isEqualTo("渡辺 健");
        assertThat(email.fromAddress()).isEqualTo("ken.watanabe@sakura-live.demo");
        assertThat(email.to()).containsExactly("support@globaldesk.test");
        assertThat(email.subject()).isEqualTo("Re: 音声が途切れる [#123]");
        assertThat(email.text()).isEqualTo("4.2.1 で直りました。");
    }

    @Test
    void marksAMessageSeenOnlyOnceItWasAccepted() throws Exception {
        deliver("<m-1@streamly.demo>", "First");
        deliver("<m-2@streamly.demo>", "Second");

        MailboxPoller refusing = poller("imap-secret", email -> {
            throw new IllegalStateException("the database is down");
        });
        assertThat(refusing.poll()).isZero();

        MailboxPoller accepting = publishing();
        assertThat(accepting.poll()).isEqualTo(2);
        assertThat(published).extracting(e -> e.email().messageId()).containsExactly("<m-1@streamly.demo>", "<m-2@streamly.demo>");
        assertThat(accepting.poll()).as("seen messages do not come again").isZero();
        assertThat(published).hasSize(2);

        deliver("<m-3@streamly.demo>", "Third");
        assertThat(accepting.poll()).isEqualTo(1);
        assertThat(published.getLast().email().text()).isEqualTo("Third");
    }

    @Test
    void aWrongPasswordOrAnUnsetHostPublishesNothingAndThrowsNothing() throws Exception {
        deliver("<m-9@streamly.demo>", "Hello");
        assertThat(poller("wrong", email -> published.add(new InboundEmailReceived(email))).poll()).isZero();
        MailboxPoller off = new MailboxPoller(new MailSettings.Inbound("", 0, "", "", "INBOX", Duration.ofMinutes(1), false,
                DataSize.ofMegabytes(1), 1000), new EmailParser(1, 1000), email -> published.add(new InboundEmailReceived(email)));
        assertThat(off.poll()).isZero();
        assertThat(published).isEmpty();
        assertThat(publishing().poll()).as("still unseen after the failed polls").isEqualTo(1);
    }

    @Test
    void theSettingsNeverPrintThePassword() {
        assertThat(new MailSettings.Inbound("imap.example", 993, "support", "hunter2", "INBOX", Duration.ofMinutes(1), true,
                DataSize.ofMegabytes(1), 1000).toString()).doesNotContain("hunter2").contains("imap.example");
    }

    void deliver(String messageId, String text) throws Exception {
        String raw = "Message-ID: " + messageId + "\r\nFrom: Alex Miller <alex.miller@streamly.demo>\r\n"
                + "To: support@globaldesk.test\r\nSubject: Video freezes\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n";
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes())));
    }
}
