package io.globaldesk.notification.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import io.globaldesk.notification.Notifications;
import io.globaldesk.notification.OutboxStatus;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The outbox for support leads: recent messages, their state and errors, and "retry now". */
@Controller
@PreAuthorize("hasRole('SUPPORT_LEAD')")
class OutboxPages {

    private static final int SHOWN = 200;

    private final Notifications notifications;

    OutboxPages(Notifications notifications) {
        this.notifications = notifications;
    }

    /** One row as the page shows it, times already formatted for the reader's locale (in UTC). */
    record Row(OutboxStatus message, String createdAt, String nextAttemptAt, String sentAt) {
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model, Locale locale) {
        model.addAttribute("messages", notifications.recent(SHOWN).stream().map(m -> row(m, locale)).toList());
        return "notification/outbox";
    }

    /** Makes a pending or dead message due now; htmx swaps the returned row in place. */
    @PostMapping("/admin/outbox/{id}/retry")
    String retry(@PathVariable UUID id, Model model, Locale locale) {
        OutboxStatus status = notifications.retryNow(id).orElseThrow(() -> new NotFoundException("outbox message", id));
        // the row fragment iterates over the messages, so the one row is handed over as a list
        model.addAttribute("messages", java.util.List.of(row(status, locale)));
        return "notification/outbox :: row";
    }

    private static Row row(OutboxStatus m, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneOffset.UTC);
        return new Row(m, time(m.createdAt(), format), time(m.nextAttemptAt(), format), time(m.sentAt(), format));
    }

    private static String time(Instant instant, DateTimeFormatter format) {
        return instant == null ? "" : format.format(instant);
    }
}
