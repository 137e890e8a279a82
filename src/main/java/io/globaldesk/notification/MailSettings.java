package io.globaldesk.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * E-mail settings beyond Spring's {@code spring.mail.*} (the SMTP server): {@code globaldesk.mail.*}.
 *
 * @param from the From of every outgoing e-mail
 * @param replyTo the Reply-To of every outgoing e-mail; empty for none
 * @param inbound the mailbox polled for e-mail in
 */
@ConfigurationProperties("globaldesk.mail")
record MailSettings(
        @DefaultValue("GlobalDesk <support@globaldesk.local>") String from,
        @DefaultValue("") String replyTo,
        @DefaultValue Inbound inbound) {

    /**
     * The IMAP mailbox; polling is off while {@code host} is empty.
     *
     * @param port 0 for the protocol's default
     * @param ssl IMAP over TLS (imaps)
     * @param maxAttachmentSize larger attachments are rejected with a reason
     * @param maxTextLength longer texts are cut there
     */
    record Inbound(@DefaultValue("") String host, @DefaultValue("0") int port, @DefaultValue("") String user,
                   @DefaultValue("") String password, @DefaultValue("INBOX") String folder,
                   @DefaultValue("60s") Duration pollInterval, @DefaultValue("false") boolean ssl,
                   @DefaultValue("25MB") DataSize maxAttachmentSize, @DefaultValue("200000") int maxTextLength) {

        boolean enabled() {
            return host != null && !host.isBlank();
        }

        /** Never prints the password. */
        @Override
        public String toString() {
            return "Inbound[" + user + "@" + host + ":" + port + "/" + folder + ", every " + pollInterval + "]";
        }
    }
}
