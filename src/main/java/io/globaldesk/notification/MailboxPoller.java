package io.globaldesk.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.function.Consumer;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the inbound IMAP mailbox: every unseen message is parsed and handed on, and marked seen only once it was
 * accepted. A message whose hand-over fails stays unseen and comes again with the next poll, so nothing is lost; it may
 * come twice if the process dies between the hand-over and the flag, which is why consumers deduplicate by Message-ID.
 */
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailSettings.Inbound settings;
    private final EmailParser parser;
    private final Consumer<InboundEmail> accept;

    /** @param accept hands the e-mail on (publishes {@link InboundEmailReceived} in a transaction); throws when it could not */
    MailboxPoller(MailSettings.Inbound settings, EmailParser parser, Consumer<InboundEmail> accept) {
        this.settings = settings;
        this.parser = parser;
        this.accept = accept;
    }

    /** One poll; answers how many messages were accepted. */
    int poll() {
        if (!settings.enabled()) return 0;
        String protocol = settings.ssl() ? "imaps" : "imap";
        Properties p = new Properties();
        p.setProperty("mail." + protocol + ".peek", "true"); // reading a message must not mark it seen
        p.setProperty("mail." + protocol + ".connectiontimeout", "15000");
        p.setProperty("mail." + protocol + ".timeout", "60000");
        int accepted = 0;
        try (Store store = Session.getInstance(p).getStore(protocol)) {
            store.connect(settings.host(), settings.port() == 0 ? -1 : settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    InboundEmail email;
                    try {
                        email = parser.parse(raw(message));
                    } catch (IOException | MessagingException | RuntimeException e) {
                        log.warn("cannot read message {} of {}; it stays unseen: {}", message.getMessageNumber(), settings, e.toString());
                        continue;
                    }
                    try {
                        accept.accept(email);
                    } catch (RuntimeException e) {
                        log.warn("inbound e-mail {} was not accepted; it stays unseen for the next poll: {}", email.messageId(), e.toString());
                        break;
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                    accepted++;
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("polling {} failed: {}", settings, e.getMessage());
        }
        return accepted;
    }

    private static byte[] raw(Message message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return out.toByteArray();
    }
}
