package io.globaldesk.insights;

import java.time.LocalDate;

/**
 * The weekly insights digest for one recipient is ready, written in the recipient's locale. The insights module puts it
 * in the notification outbox as an e-mail.
 */
public record WeeklyDigestReady(String recipient, String locale, LocalDate weekStart, String subject, String body) {
}
