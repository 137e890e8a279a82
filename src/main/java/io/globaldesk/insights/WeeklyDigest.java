package io.globaldesk.insights;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every Monday, the past week's insights (top topics, rising terms, documentation gaps, new feedback items, CSAT) for each
 * configured recipient in the recipient's locale, published as {@link WeeklyDigestReady}; the insights module's own
 * listener puts it in the notification outbox as an e-mail.
 * Recipients: {@code globaldesk.insights.digest-recipients=lead@example.com:ja,pm@example.com:en}.
 */
@Service
public class WeeklyDigest {

    public record Recipient(String email, Locale locale) {
    }

    private final Topics topics;
    private final DocGaps gaps;
    private final FeedbackItems items;
    private final Satisfaction satisfaction;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final List<Recipient> recipients;
    private LocalDate lastSentWeek;

    WeeklyDigest(Topics topics, DocGaps gaps, FeedbackItems items, Satisfaction satisfaction, MessageSource messages,
                 ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
                 @Value("${globaldesk.insights.digest-recipients:}") String recipients) {
        this.topics = topics;
        this.gaps = gaps;
        this.items = items;
        this.satisfaction = satisfaction;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
        this.recipients = parse(recipients);
    }

    static List<Recipient> parse(String setting) {
        List<Recipient> out = new ArrayList<>();
        if (setting == null) return out;
        for (String entry : setting.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) continue;
            int colon = e.lastIndexOf(':');
            String email = colon > 0 ? e.substring(0, colon) : e;
            String locale = colon > 0 ? e.substring(colon + 1) : "en";
            if (!email.contains("@")) throw new IllegalArgumentException("digest recipient '" + email + "' is not an e-mail address");
            out.add(new Recipient(email, Locale.forLanguageTag(locale)));
        }
        return out;
    }

    /** When the digest of the past week goes out: Monday, 07:00 UTC. */
    static final Duration SEND_AFTER_WEEK_START = Duration.ofHours(7);

    /**
     * Checked every few minutes against the injected clock, so that tests can move time: once the current week is
     * {@link #SEND_AFTER_WEEK_START} old, the digest of the week before goes out, once; a process that starts later in
     * the week catches up. The e-mails carry a dedupe key per recipient and week, so a restart in the same week sends
     * nothing twice.
     */
    @Scheduled(initialDelayString = "${globaldesk.insights.digest-check-every:PT10M}",
            fixedDelayString = "${globaldesk.insights.digest-check-every:PT10M}")
    void weekly() {
        sendIfDue();
    }

    /** Sends the past week's digest when it is due and not yet sent by this process; returns how many recipients got it. */
    public synchronized int sendIfDue() {
        LocalDate thisWeek = Satisfaction.week(clock.instant());
        Instant due = thisWeek.atStartOfDay(ZoneOffset.UTC).toInstant().plus(SEND_AFTER_WEEK_START);
        if (clock.instant().isBefore(due) || thisWeek.equals(lastSentWeek)) return 0;
        lastSentWeek = thisWeek;
        return send();
    }

    /** Builds and publishes the digest of the week before this one for every recipient; returns how many. */
    public int send() {
        LocalDate thisWeek = Satisfaction.week(clock.instant());
        List<WeeklyDigestReady> digests = recipients.stream().map(r -> digest(r, thisWeek.minusWeeks(1))).toList();
        // Module listeners hear events of committed transactions only; the digests are built before it, it stays short.
        transactions.executeWithoutResult(status -> digests.forEach(events::publishEvent));
        return digests.size();
    }

    public WeeklyDigestReady digest(Recipient recipient, LocalDate weekStart) {
        Locale l = recipient.locale();
        Instant from = weekStart.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        NumberFormat integer = NumberFormat.getIntegerInstance(l);
        NumberFormat percent = NumberFormat.getPercentInstance(l);
        String week = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l).format(weekStart);
        StringBuilder body = new StringBuilder();
        body.append(text("insights.digest.intro", l, week)).append("\n\n");
        body.append(text("insights.digest.topics", l)).append('\n');
        for (Topic t : topics.topics(from, to, null).stream().limit(5).toList()) {
            body.append("- ").append(t.label()).append(" (").append(integer.format(t.ticketCount())).append(")\n");
        }
        body.append('\n').append(text("insights.digest.rising", l)).append('\n');
        for (TopicTrends.RisingTerm t : topics.rising(from, to).terms().stream().limit(5).toList()) {
            body.append("- ").append(t.term()).append(" (").append(integer.format(t.count())).append(")\n");
        }
        body.append('\n').append(text("insights.digest.gaps", l)).append('\n');
        for (DocGap g : gaps.top(null, 5)) {
            body.append("- ").append(g.question()).append(" (").append(integer.format(g.count())).append(")\n");
        }
        body.append('\n').append(text("insights.digest.items", l)).append('\n');
        for (FeedbackItem i : items.createdSince(from)) {
            body.append("- [").append(text("insights.team." + i.ownerTeam(), l)).append("] ").append(i.title()).append('\n');
        }
        Satisfaction.Csat csat = satisfaction.overall(from, to);
        body.append('\n').append(text("insights.digest.csat", l, percent.format(csat.csat()), integer.format(csat.ratings()))).append('\n');
        return new WeeklyDigestReady(recipient.email(), l.toLanguageTag(), weekStart, text("insights.digest.subject", l, week), body.toString());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
