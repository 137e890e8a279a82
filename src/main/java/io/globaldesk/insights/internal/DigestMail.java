package io.globaldesk.insights.internal;

import io.globaldesk.insights.WeeklyDigestReady;
import io.globaldesk.notification.EmailMessage;
import io.globaldesk.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each weekly digest in the notification outbox as an e-mail. The dedupe key (recipient and week) keeps a digest
 * that is built twice, after a restart or a redelivered event, from reaching anyone twice.
 */
@Component
class DigestMail {

    private final Notifications notifications;

    DigestMail(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(WeeklyDigestReady digest) {
        notifications.email(EmailMessage.to(digest.recipient(), digest.subject(), digest.body())
                .dedupedBy("insights-digest:" + digest.weekStart() + ":" + digest.recipient().toLowerCase(java.util.Locale.ROOT)));
    }
}
