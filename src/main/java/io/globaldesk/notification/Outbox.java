package io.globaldesk.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.notification.OutboxStatus.Channel;
import io.globaldesk.notification.OutboxStatus.State;
import io.globaldesk.platform.db.TimeOrderedIds;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox table: enqueue with dedupe and rate limit, claim due messages, record outcomes. */
class Outbox {

    /** A message a dispatcher has claimed: invisible to other dispatchers until its lease ends. */
    record Claimed(UUID id, Channel channel, String payload, int attempts, int maxAttempts) {
    }

    /** What a new message is: which channel, to whom, about what. */
    record Entry(Channel channel, String recipient, String subject, String topic, String dedupeKey, String payload) {
    }

    static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores {@code entry} unless its dedupe key is known or, for an entry with a topic, the recipient already had
     * {@code limit.max()} messages of that topic within {@code limit.window()}. Call inside a transaction: the rate
     * limit holds an advisory lock on recipient and topic until it ends, so concurrent callers count correctly.
     */
    Optional<UUID> enqueue(Entry entry, int maxAttempts, NotificationProperties.RateLimit limit, Instant now) {
        if (entry.topic() != null) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                    .param(entry.recipient() + "\n" + entry.topic()).query((rs, n) -> 1).list();
            long recent = jdbc.sql("""
                            select count(*) from notification_outbox
                            where recipient = ? and topic = ? and created_at > ?""")
                    .params(entry.recipient(), entry.topic(), ts(now.minus(limit.window()))).query(Long.class).single();
            if (recent >= limit.max()) return Optional.empty();
        }
        return jdbc.sql("""
                        insert into notification_outbox
                            (id, channel, dedupe_key, recipient, topic, subject, payload, max_attempts, created_at, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                        on conflict (dedupe_key) do nothing
                        returning id""")
                .params(TimeOrderedIds.next(), entry.channel().name(), dedupeKey(entry),
                        entry.recipient(), entry.topic(), entry.subject(), entry.payload(), maxAttempts, ts(now), ts(now))
                .query(UUID.class).optional();
    }

    /** The entry's dedupe key; an entry without one is never a duplicate. */
    private static String dedupeKey(Entry entry) {
        return entry.dedupeKey() == null ? TimeOrderedIds.next().toString() : entry.dedupeKey();
    }

    /**
     * Stores entries without a rate-limit topic in one multi-row insert, skipping known dedupe keys; answers how many
     * were new. Entries with a topic go through {@link #enqueue} one by one, since their limit is counted under a lock.
     */
    int enqueueAll(List<Entry> entries, int maxAttempts, NotificationProperties.RateLimit limit, Instant now) {
        List<Entry> plain = entries.stream().filter(e -> e.topic() == null).toList();
        int stored = 0;
        for (Entry e : entries) {
            if (e.topic() != null && enqueue(e, maxAttempts, limit, now).isPresent()) stored++;
        }
        if (plain.isEmpty()) return stored;
        List<Object> params = new ArrayList<>(plain.size() * 9);
        Timestamp at = ts(now);
        for (Entry e : plain) {
            params.addAll(Arrays.asList(TimeOrderedIds.next(), e.channel().name(), dedupeKey(e), e.recipient(), e.subject(),
                    e.payload(), maxAttempts, at, at));
        }
        String row = "(?, ?, ?, ?, null, ?, cast(? as jsonb), ?, ?, ?)";
        return stored + jdbc.sql("""
                        insert into notification_outbox
                            (id, channel, dedupe_key, recipient, topic, subject, payload, max_attempts, created_at, next_attempt_at)
                        values\s""" + String.join(", ", Collections.nCopies(plain.size(), row))
                        + " on conflict (dedupe_key) do nothing")
                .params(params).update();
    }

    /**
     * Claims up to {@code limit} due messages of {@code channels}, skipping rows another dispatcher has locked, and
     * hides them until {@code now + lease}. Runs in its own short statement per channel, so delivery happens outside
     * any lock; each channel's due messages are found through the index led by the channel, so mail piled up while
     * SMTP is down or not configured costs a webhook claim nothing.
     */
    List<Claimed> claim(Collection<Channel> channels, Instant now, int limit, Duration lease) {
        List<Claimed> claimed = new ArrayList<>();
        for (Channel channel : channels) {
            if (claimed.size() >= limit) break;
            claimed.addAll(claim(channel, now, limit - claimed.size(), lease));
        }
        return claimed;
    }

    private List<Claimed> claim(Channel channel, Instant now, int limit, Duration lease) {
        return jdbc.sql("""
                        update notification_outbox o set next_attempt_at = :leaseEnd
                        where o.id in (select id from notification_outbox
                                       where state = 'PENDING' and channel = :channel and next_attempt_at <= :now
                                       order by next_attempt_at limit :limit
                                       for update skip locked)
                        returning o.id, o.channel, o.payload::text as payload, o.attempts, o.max_attempts""")
                .param("leaseEnd", ts(now.plus(lease)))
                .param("channel", channel.name())
                .param("now", ts(now)).param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
                        rs.getString("payload"), rs.getInt("attempts"), rs.getInt("max_attempts")))
                .list();
    }

    /** Records the delivery and forgets a webhook's secret, which only a further attempt would have needed. */
    void markSent(UUID id, Instant now) {
        jdbc.sql("""
                update notification_outbox set state = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null,
                    payload = payload - 'secret'
                where id = ? and state = 'PENDING'""").params(ts(now), id).update();
    }

    /** Deletes messages sent before {@code before}; their dedupe keys are forgotten with them. */
    int purgeSentBefore(Instant before) {
        return jdbc.sql("delete from notification_outbox where state = 'SENT' and sent_at < ?").param(ts(before)).update();
    }

    void markRetry(UUID id, String error, Instant next) {
        jdbc.sql("""
                update notification_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                where id = ? and state = 'PENDING'""").params(clip(error), ts(next), id).update();
    }

    void markDead(UUID id, String error) {
        jdbc.sql("""
                update notification_outbox set state = 'DEAD', attempts = attempts + 1, last_error = ?
                where id = ? and state = 'PENDING'""").params(clip(error), id).update();
    }

    /** Makes a pending or dead message due now; a dead one gets one more attempt. Empty when unknown or already sent. */
    Optional<OutboxStatus> retryNow(UUID id, Instant now) {
        int changed = jdbc.sql("""
                update notification_outbox
                set state = 'PENDING', next_attempt_at = ?, max_attempts = greatest(max_attempts, attempts + 1)
                where id = ? and state in ('PENDING', 'DEAD')""").params(ts(now), id).update();
        return changed == 0 ? Optional.empty() : status(id);
    }

    Optional<OutboxStatus> status(UUID id) {
        return jdbc.sql("select * from notification_outbox where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    List<OutboxStatus> recent(int limit) {
        return jdbc.sql("select * from notification_outbox order by created_at desc, id limit ?").param(limit)
                .query((rs, n) -> map(rs)).list();
    }

    private static OutboxStatus map(ResultSet rs) throws SQLException {
        State state = State.valueOf(rs.getString("state"));
        return new OutboxStatus(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), rs.getString("subject"), state, rs.getInt("attempts"),
                rs.getInt("max_attempts"), rs.getString("last_error"), instant(rs, "created_at"),
                state == State.PENDING ? instant(rs, "next_attempt_at") : null, instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String clip(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() <= MAX_ERROR_LENGTH ? e : e.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
