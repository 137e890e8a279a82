package io.globaldesk.notification;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/** Sends outbox e-mail by SMTP: plain text with an escaped HTML alternative, threaded by Message-ID. */
class EmailTransport implements Transport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Clock clock;

    EmailTransport(JavaMailSender sender, MailSettings settings, Clock clock) {
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public OutboxStatus.Channel channel() {
        return OutboxStatus.Channel.EMAIL;
    }

    @Override
    public void deliver(UUID id, String payload) throws DeliveryFailure {
        MimeMessage mime;
        try {
            mime = compose(id, JSON.readValue(payload, EmailMessage.class));
        } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
            throw DeliveryFailure.permanent("cannot compose the e-mail: " + e.getMessage());
        }
        try {
            sender.send(mime);
        } catch (MailParseException | MailPreparationException e) {
            throw DeliveryFailure.permanent(e.getMessage());
        } catch (MailException e) {
            throw refusedForGood(e) ? DeliveryFailure.permanent(e.getMessage()) : DeliveryFailure.retryable(e.getMessage());
        }
    }

    MimeMessage compose(UUID id, EmailMessage message) throws MessagingException, java.io.UnsupportedEncodingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        InternetAddress from = new InternetAddress(settings.from(), true);
        helper.setFrom(from);
        if (!settings.replyTo().isBlank()) helper.setReplyTo(new InternetAddress(settings.replyTo(), true));
        InternetAddress to = new InternetAddress(message.to(), true);
        if (message.toName() != null) to.setPersonal(message.toName(), "UTF-8");
        helper.setTo(to);
        helper.setSubject(message.subject());
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(message.text(), html(message.text()));
        // JavaMailSenderImpl keeps a Message-ID that is set before sending
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        mime.setHeader("Message-ID", message.messageId() != null ? message.messageId() : "<" + id + "@" + domain + ">");
        if (message.inReplyTo() != null) mime.setHeader("In-Reply-To", message.inReplyTo());
        if (!message.references().isEmpty()) mime.setHeader("References", String.join(" ", message.references()));
        else if (message.inReplyTo() != null) mime.setHeader("References", message.inReplyTo());
        return mime;
    }

    static String html(String text) {
        return "<!DOCTYPE html><html><body><div dir=\"auto\" style=\"white-space:pre-wrap\">"
                + HtmlUtils.htmlEscape(text, "UTF-8") + "</div></body></html>";
    }

    /** A 5xx answer to the recipient (mailbox unknown, domain refused): sending again will not change it. */
    private static boolean refusedForGood(Throwable e) {
        for (Throwable t = e; t != null; t = nextCause(t)) {
            // the SMTP transport lists addresses answered with a 5xx as invalid; 4xx ones as valid but unsent
            if (t instanceof jakarta.mail.SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static Throwable nextCause(Throwable t) {
        if (t instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
            Exception first = send.getFailedMessages().values().iterator().next();
            if (first != t) return first;
        }
        if (t instanceof MessagingException m && m.getNextException() != null) return m.getNextException();
        return t.getCause() == t ? null : t.getCause();
    }
}
