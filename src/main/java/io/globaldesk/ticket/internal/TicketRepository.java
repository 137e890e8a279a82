package io.globaldesk.ticket.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.sla.Severity;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketArticle;
import io.globaldesk.ticket.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The ticket tables. Only the ticket module reads or writes them. */
@Repository
public class TicketRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Ticket.StoredReason>> REASONS = new TypeReference<>() { };

    /** A new ticket's row. */
    public record NewRow(UUID organizationId, String requesterName, String requesterEmail, String subject, String language,
                         String category, Double categoryConfidence, Severity severity, TicketStatus status,
                         Channel channel, String sessionId, String appId, List<String> tags, String externalId,
                         boolean imported, Instant createdAt, Instant solvedAt) {
    }

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(NewRow r) {
        return jdbc.sql("""
                        insert into ticket (organization_id, requester_name, requester_email, subject, language, category,
                          category_confidence, severity, status, channel, session_id, app_id, tags, external_id, imported,
                          created_at, updated_at, solved_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.organizationId(), r.requesterName(), r.requesterEmail(), r.subject(), r.language(), r.category(),
                        r.categoryConfidence(), r.severity().name(), r.status().name(), r.channel().name(), r.sessionId(),
                        r.appId(), r.tags().toArray(String[]::new), r.externalId(), r.imported(), ts(r.createdAt()),
                        ts(r.createdAt()), ts(r.solvedAt()))
                .query(UUID.class).single();
    }

    public boolean articleWithMessageIdExists(String messageId) {
        return jdbc.sql("select count(*) from ticket_article where message_id = ?").param(messageId).query(Long.class).single() > 0;
    }

    public void setMessageId(UUID article, String messageId) {
        jdbc.sql("update ticket_article set message_id = ? where id = ? and message_id is null").params(messageId, article).update();
    }

    /** A new ticket's SLA start and due times. */
    public record SlaStart(Instant startedAt, String tier, Instant firstResponseDueAt, Instant resolutionDueAt, Instant nextCheck) {
    }

    /**
     * Stores tickets opened now, each already routed (or queued) with its SLA clocks started, together with their first
     * articles and the history entries of their creation: one statement of three multi-row inserts, whatever the
     * number of tickets. Answers the tickets as stored, in the order given, without reading them back.
     */
    public List<Ticket> insertOpened(List<Opening> openings) {
        List<Object> params = new ArrayList<>(openings.size() * 28);
        for (Opening o : openings) {
            NewRow r = o.row();
            TicketRepository.SlaStart sla = o.sla();
            params.addAll(Arrays.asList(o.id(), r.organizationId(), r.requesterName(), r.requesterEmail(), r.subject(),
                    r.language(), r.category(), r.categoryConfidence(), r.severity().name(), r.status().name(),
                    r.channel().name(), r.sessionId(), r.appId(), r.tags().toArray(String[]::new), ts(r.createdAt()),
                    ts(r.createdAt()), o.assignee() == null ? null : o.assignee().id(),
                    o.assignee() == null ? null : o.assignee().name(), o.supportCenter(), o.assignee() == null,
                    JSON.writeValueAsString(o.reasons()), o.assignee() == null ? null : ts(r.createdAt()),
                    sla == null ? null : ts(sla.startedAt()), sla == null ? null : sla.tier(),
                    sla == null ? null : ts(sla.firstResponseDueAt()), sla == null ? null : ts(sla.resolutionDueAt()),
                    sla == null ? null : ts(sla.nextCheck())));
        }
        List<Object> articles = new ArrayList<>(openings.size() * 8);
        List<Object> history = new ArrayList<>(openings.size() * 10);
        int historyRows = 0;
        for (Opening o : openings) {
            Opening.FirstArticle a = o.article();
            Timestamp at = ts(o.row().createdAt());
            articles.addAll(Arrays.asList(a.id(), o.id(), a.authorType().name(), a.authorId(), a.authorName(), a.body(),
                    a.messageId(), at));
            history.addAll(Arrays.asList(o.id(), at, o.actor(), "created", o.row().channel().toString(),
                    o.id(), at, o.actor(), "assignee", o.assignee() == null ? "queue" : o.assignee().name()));
            historyRows += 2;
            if (o.paged() != null) {
                history.addAll(Arrays.asList(o.id(), at, o.actor(), "paged", o.paged().agentId().toString()));
                historyRows++;
            }
        }
        params.addAll(articles);
        params.addAll(history);
        // One statement for the three tables: the foreign keys of articles and history are checked at its end, when
        // the tickets are there; one round trip and one executor start instead of three.
        Map<UUID, Long> numbers = new HashMap<>();
        jdbc.sql("""
                        with opened as (
                          insert into ticket (id, organization_id, requester_name, requester_email, subject, language, category,
                            category_confidence, severity, status, channel, session_id, app_id, tags, created_at,
                            updated_at, assignee_agent_id, assignee_name, support_center, queued, routing_reasons, assigned_at,
                            sla_started_at, sla_tier, first_response_due_at, resolution_due_at, sla_next_check_at)
                          values\s""" + rows(openings.size(), 27) + """
                           returning id, number),
                        first_article as (
                          insert into ticket_article (id, ticket_id, author_type, author_id, author_name, body, message_id,
                            created_at)
                          values\s""" + rows(openings.size(), 8) + """
                        ),
                        opening_history as (
                          insert into ticket_history (ticket_id, at, actor, field, new_value)
                          values\s""" + rows(historyRows, 5) + """
                        )
                        select id, number from opened""")
                .params(params).query((rs, n) -> numbers.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        List<Ticket> stored = new ArrayList<>(openings.size());
        for (Opening o : openings) stored.add(o.stored(numbers.get(o.id())));
        return stored;
    }

    /** {@code (?, ?, ?), (?, ?, ?)} for two rows of three columns: the values list of a multi-row insert. */
    static String rows(int rows, int columns) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(rows * (row.length() + 2));
        for (int i = 0; i < rows; i++) sql.append(i == 0 ? "" : ", ").append(row);
        return sql.toString();
    }

    public boolean externalIdExists(String externalId) {
        return jdbc.sql("select count(*) from ticket where external_id = ?").param(externalId).query(Long.class).single() > 0;
    }

    public Optional<Ticket> find(UUID id) {
        return jdbc.sql(SELECT + "where t.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<Ticket> list(String where, Object[] args, int limit) {
        return jdbc.sql(SELECT + where + " order by t.created_at desc limit " + Math.max(1, Math.min(limit, 1000)))
                .params(args).query((rs, n) -> map(rs)).list();
    }

    public UUID insertArticle(UUID ticket, AuthorType type, UUID authorId, String authorName, String body, boolean internal,
                              String messageId, String inReplyTo, Instant at) {
        return jdbc.sql("""
                        insert into ticket_article (ticket_id, author_type, author_id, author_name, body, internal,
                          message_id, in_reply_to, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(ticket, type.name(), authorId, authorName, body, internal, messageId, inReplyTo, ts(at))
                .query(UUID.class).single();
    }

    public List<TicketArticle> articles(UUID ticket) {
        return jdbc.sql("select * from ticket_article where ticket_id = ? order by created_at, id").param(ticket)
                .query((rs, n) -> new TicketArticle(rs.getObject("id", UUID.class), ticket,
                        AuthorType.valueOf(rs.getString("author_type")), rs.getObject("author_id", UUID.class),
                        rs.getString("author_name"), rs.getString("body"), rs.getBoolean("internal"),
                        rs.getString("message_id"), instant(rs.getTimestamp("created_at"))))
                .list();
    }

    /** The ticket an e-mail answers, found by the Message-IDs it refers to. */
    public Optional<UUID> ticketOfMessage(List<String> messageIds) {
        if (messageIds.isEmpty()) return Optional.empty();
        return jdbc.sql("select ticket_id from ticket_article where message_id = any(?) order by created_at desc limit 1")
                .param(messageIds.toArray(String[]::new)).query(UUID.class).optional();
    }

    public void history(UUID ticket, Instant at, String actor, String field, Object oldValue, Object newValue) {
        jdbc.sql("insert into ticket_history (ticket_id, at, actor, field, old_value, new_value) values (?, ?, ?, ?, ?, ?)")
                .params(ticket, ts(at), actor, field, oldValue == null ? null : oldValue.toString(),
                        newValue == null ? null : newValue.toString())
                .update();
    }

    public record HistoryEntry(Instant at, String actor, String field, String oldValue, String newValue) {
    }

    public List<HistoryEntry> historyOf(UUID ticket) {
        return jdbc.sql("select * from ticket_history where ticket_id = ? order by at, id").param(ticket)
                .query((rs, n) -> new HistoryEntry(instant(rs.getTimestamp("at")), rs.getString("actor"),
                        rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")))
                .list();
    }

    public void assign(UUID ticket, UUID agent, String agentName, String center, boolean queued,
                       List<Ticket.StoredReason> reasons, Instant at) {
        jdbc.sql("""
                        update ticket set assignee_agent_id = ?, assignee_name = ?, support_center = ?, queued = ?,
                          routing_reasons = ?, assigned_at = case when cast(? as uuid) is null then assigned_at else ? end, updated_at = ?,
                          status = case when cast(? as uuid) is null then status else 'OPEN' end
                        where id = ?""")
                .params(agent, agentName, center, queued, JSON.writeValueAsString(reasons), agent, ts(at), ts(at), agent, ticket)
                .update();
    }

    public void setStatus(UUID ticket, TicketStatus status, Instant at) {
        jdbc.sql("""
                        update ticket set status = ?, updated_at = ?,
                          solved_at = case when ? = 'SOLVED' then ? else solved_at end,
                          closed_at = case when ? = 'CLOSED' then ? else closed_at end
                        where id = ?""")
                .params(status.name(), ts(at), status.name(), ts(at), status.name(), ts(at), ticket).update();
    }

    public void setSeverity(UUID ticket, Severity severity, Instant at) {
        jdbc.sql("update ticket set severity = ?, updated_at = ? where id = ?").params(severity.name(), ts(at), ticket).update();
    }

    public void setTags(UUID ticket, List<String> tags, Instant at) {
        jdbc.sql("update ticket set tags = ?, updated_at = ? where id = ?").params(tags.toArray(String[]::new), ts(at), ticket).update();
    }

    public void markMerged(UUID ticket, UUID into, Instant at) {
        jdbc.sql("update ticket set status = 'MERGED', merged_into = ?, updated_at = ? where id = ?").params(into, ts(at), ticket).update();
    }

    public void firstResponse(UUID ticket, Instant at) {
        jdbc.sql("update ticket set first_responded_at = coalesce(first_responded_at, ?) where id = ?").params(ts(at), ticket).update();
    }

    public void sla(UUID ticket, Instant startedAt, String tier, Instant firstResponseDue, Instant resolutionDue, Instant pausedSince,
                    Instant nextCheck) {
        jdbc.sql("""
                        update ticket set sla_started_at = ?, sla_tier = ?, first_response_due_at = ?, resolution_due_at = ?,
                          sla_paused_since = ?, sla_next_check_at = ? where id = ?""")
                .params(ts(startedAt), tier, ts(firstResponseDue), ts(resolutionDue), ts(pausedSince), ts(nextCheck), ticket).update();
    }

    public void slaNextCheck(UUID ticket, Instant nextCheck) {
        jdbc.sql("update ticket set sla_next_check_at = ? where id = ?").params(ts(nextCheck), ticket).update();
    }

    public void slaFlags(UUID ticket, boolean warned, boolean breached) {
        jdbc.sql("update ticket set sla_warned = ?, sla_breached = ? where id = ?").params(warned, breached, ticket).update();
    }

    public record SlaRow(UUID id, Instant startedAt, String tier, boolean warned, boolean breached) {
    }

    public Optional<SlaRow> slaRow(UUID ticket) {
        return jdbc.sql("select id, sla_started_at, sla_tier, sla_warned, sla_breached from ticket where id = ? and sla_started_at is not null")
                .param(ticket).query((rs, n) -> new SlaRow(rs.getObject("id", UUID.class), instant(rs.getTimestamp("sla_started_at")),
                        rs.getString("sla_tier"), rs.getBoolean("sla_warned"), rs.getBoolean("sla_breached"))).optional();
    }

    public void pause(UUID ticket, Instant at) {
        jdbc.sql("insert into ticket_sla_pause (ticket_id, paused_at) values (?, ?) on conflict do nothing").params(ticket, ts(at)).update();
    }

    public void resume(UUID ticket, Instant at) {
        jdbc.sql("update ticket_sla_pause set resumed_at = ? where ticket_id = ? and resumed_at is null").params(ts(at), ticket).update();
    }

    public record Pause(Instant pausedAt, Instant resumedAt) {
    }

    public List<Pause> pauses(UUID ticket) {
        return jdbc.sql("select paused_at, resumed_at from ticket_sla_pause where ticket_id = ? order by paused_at").param(ticket)
                .query((rs, n) -> new Pause(instant(rs.getTimestamp("paused_at")), instant(rs.getTimestamp("resumed_at")))).list();
    }

    /** Open (new or open, not pending) tickets per agent: the load routing weighs against capacity. */
    public Map<UUID, Integer> openLoadByAgent() {
        Map<UUID, Integer> load = new HashMap<>();
        jdbc.sql("select assignee_agent_id, count(*) from ticket where status in ('NEW', 'OPEN') and assignee_agent_id is not null group by 1")
                .query(rs -> { load.put(rs.getObject(1, UUID.class), rs.getInt(2)); });
        return load;
    }

    public Map<UUID, Instant> lastAssignmentByAgent() {
        Map<UUID, Instant> last = new HashMap<>();
        jdbc.sql("select assignee_agent_id, max(assigned_at) from ticket where assignee_agent_id is not null group by 1")
                .query(rs -> { last.put(rs.getObject(1, UUID.class), instant(rs.getTimestamp(2))); });
        return last;
    }

    public void satisfaction(UUID ticket, int score, String comment, Instant at) {
        jdbc.sql("""
                        insert into ticket_satisfaction (ticket_id, score, comment, created_at) values (?, ?, ?, ?)
                        on conflict (ticket_id) do update set score = excluded.score, comment = excluded.comment,
                          created_at = excluded.created_at""")
                .params(ticket, score, comment, ts(at)).update();
    }

    public record Satisfaction(int score, String comment, Instant at) {
    }

    public Optional<Satisfaction> satisfactionOf(UUID ticket) {
        return jdbc.sql("select score, comment, created_at from ticket_satisfaction where ticket_id = ?").param(ticket)
                .query((rs, n) -> new Satisfaction(rs.getInt(1), rs.getString(2), instant(rs.getTimestamp(3)))).optional();
    }

    /** Ticket facts for reporting, streamed in creation order; {@code where} is fixed SQL with parameters only. */
    public void facts(String where, Object[] args, java.util.function.Consumer<io.globaldesk.ticket.TicketFact> sink) {
        jdbc.sql("""
                        select t.id, t.number, t.organization_id, t.subject, t.language, t.category, t.status, t.imported,
                          t.assignee_agent_id, t.assignee_name, t.support_center, t.tags, t.created_at, t.solved_at,
                          s.score, s.comment, s.created_at as rated_at,
                          (select a.body from ticket_article a where a.ticket_id = t.id and a.author_type = 'CUSTOMER'
                           order by a.created_at limit 1) as first_message
                        from ticket t left join ticket_satisfaction s on s.ticket_id = t.id""" + " where " + where
                        + " order by t.created_at, t.id")
                .params(args).query((java.sql.ResultSet rs) -> {
                    sink.accept(new io.globaldesk.ticket.TicketFact(rs.getObject("id", UUID.class), rs.getLong("number"),
                            rs.getObject("organization_id", UUID.class), rs.getString("subject"), rs.getString("first_message"),
                            rs.getString("language"), rs.getString("category"), TicketStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("imported"), rs.getObject("assignee_agent_id", UUID.class),
                            rs.getString("assignee_name"), rs.getString("support_center"),
                            List.of((String[]) rs.getArray("tags").getArray()), instant(rs.getTimestamp("created_at")),
                            instant(rs.getTimestamp("solved_at")), (Integer) (rs.getObject("score") == null ? null
                            : ((Number) rs.getObject("score")).intValue()), rs.getString("comment"),
                            instant(rs.getTimestamp("rated_at"))));
                });
    }

    /** Labelled examples for the classifier: solved and imported tickets with their first customer message. */
    public List<String[]> labelledExamples(int limit) {
        return jdbc.sql("""
                        select t.subject, coalesce((select a.body from ticket_article a where a.ticket_id = t.id
                          and a.author_type = 'CUSTOMER' order by a.created_at limit 1), ''), t.category
                        from ticket t where t.imported or t.status in ('SOLVED', 'CLOSED')
                        order by t.created_at desc limit ?""")
                .param(limit).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    /** Tickets matching {@code where} (on alias {@code t}) in the given order; callers pass only constant SQL. */
    public List<Ticket> listOrdered(String where, Object[] args, String order, int limit) {
        return jdbc.sql(SELECT + where + " order by " + order + " limit " + Math.max(1, Math.min(limit, 1000)))
                .params(args).query((rs, n) -> map(rs)).list();
    }

    public Optional<Ticket> findByNumber(long number) {
        return jdbc.sql(SELECT + "where t.number = ?").param(number).query((rs, n) -> map(rs)).optional();
    }

    /** Queued tickets per severity. */
    public Map<String, Integer> queuedBySeverity() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql("select severity, count(*) from ticket where queued and status in ('NEW', 'OPEN') group by 1")
                .query(rs -> { counts.put(rs.getString(1), rs.getInt(2)); });
        return counts;
    }

    /** Tickets waiting in the queue (routing found nobody), oldest first. */
    public List<Ticket> queued(int limit) {
        return jdbc.sql(SELECT + "where t.queued and t.status in ('NEW', 'OPEN') order by t.created_at limit ?")
                .param(limit).query((rs, n) -> map(rs)).list();
    }

    /** Open tickets (not pending the customer) whose owner is none of {@code onShift}: the hand-over job's work. */
    public List<Ticket> openOwnedByOthersThan(List<UUID> onShift) {
        return jdbc.sql(SELECT + "where t.assignee_agent_id is not null and t.status in ('NEW', 'OPEN') and not (t.assignee_agent_id = any(?))")
                .param(onShift.toArray(UUID[]::new)).query((rs, n) -> map(rs)).list();
    }

    /** Active tickets whose SLA clocks reach a warning or breach point by {@code now}, for the escalation job. */
    public List<Ticket> slaCheckDue(Instant now, int limit) {
        return jdbc.sql(SELECT + "where t.status in ('NEW', 'OPEN') and t.sla_next_check_at <= ? order by t.sla_next_check_at limit ?")
                .params(ts(now), limit).query((rs, n) -> map(rs)).list();
    }

    /** Records a warning or breach; false when it was recorded before, so each is acted on once. */
    public boolean recordEscalation(UUID ticket, String measure, String level, Instant at) {
        return jdbc.sql("insert into ticket_sla_escalation (ticket_id, measure, level, at) values (?, ?, ?, ?) on conflict do nothing")
                .params(ticket, measure, level, ts(at)).update() == 1;
    }

    public void markEscalated(UUID ticket, boolean breached) {
        jdbc.sql(breached ? "update ticket set sla_warned = true, sla_breached = true where id = ?"
                : "update ticket set sla_warned = true where id = ?").param(ticket).update();
    }

    public record HandoverRow(UUID id, UUID ticketId, long number, String subject, String severity, String fromName,
                              String fromCenter, String toName, String toCenter, Instant at) {
    }

    public void recordHandover(UUID ticket, UUID fromAgent, String fromName, String fromCenter, UUID toAgent, String toName,
                               String toCenter, Instant at) {
        jdbc.sql("""
                        insert into ticket_handover (ticket_id, from_agent_id, from_name, from_center, to_agent_id, to_name,
                          to_center, at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ticket, fromAgent, fromName, fromCenter, toAgent, toName, toCenter, ts(at)).update();
    }

    public List<HandoverRow> recentHandovers(int limit) {
        return jdbc.sql("""
                        select h.*, t.number, t.subject, t.severity from ticket_handover h join ticket t on t.id = h.ticket_id
                        order by h.at desc limit ?""")
                .param(limit)
                .query((rs, n) -> new HandoverRow(rs.getObject("id", UUID.class), rs.getObject("ticket_id", UUID.class),
                        rs.getLong("number"), rs.getString("subject"), rs.getString("severity"), rs.getString("from_name"),
                        rs.getString("from_center"), rs.getString("to_name"), rs.getString("to_center"),
                        instant(rs.getTimestamp("at"))))
                .list();
    }

    /** One ticket's SLA facts for the attainment report. */
    public record SlaFacts(String center, String severity, String tier, Instant firstRespondedAt, Instant firstResponseDueAt,
                           Instant resolvedAt, Instant resolutionDueAt) {
    }

    public List<SlaFacts> slaFacts(Instant from, Instant to) {
        return jdbc.sql("""
                        select coalesce(support_center, '-') as center, severity, sla_tier, first_responded_at, first_response_due_at,
                          case when status in ('SOLVED', 'CLOSED') then solved_at end as resolved_at, resolution_due_at
                        from ticket where not imported and sla_started_at is not null and created_at >= ? and created_at < ?""")
                .params(ts(from), ts(to))
                .query((rs, n) -> new SlaFacts(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))))
                .list();
    }

    static final String SELECT = "select t.*, exists (select 1 from ticket_sla_pause p where p.ticket_id = t.id and p.resumed_at is null) as paused from ticket t ";

    private static Ticket map(ResultSet rs) throws SQLException {
        return new Ticket(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getObject("organization_id", UUID.class),
                rs.getString("requester_name"), rs.getString("requester_email"), rs.getString("subject"),
                rs.getString("language"), rs.getString("category"), (Double) rs.getObject("category_confidence"),
                Severity.valueOf(rs.getString("severity")), TicketStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), rs.getObject("assignee_agent_id", UUID.class),
                rs.getString("assignee_name"), rs.getString("support_center"), rs.getString("session_id"),
                rs.getString("app_id"), List.of((String[]) rs.getArray("tags").getArray()), rs.getBoolean("imported"),
                rs.getBoolean("queued"), JSON.readValue(rs.getString("routing_reasons"), REASONS),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("first_responded_at")), instant(rs.getTimestamp("solved_at")),
                instant(rs.getTimestamp("first_response_due_at")), instant(rs.getTimestamp("resolution_due_at")),
                rs.getBoolean("paused"), rs.getObject("merged_into", UUID.class));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** Active and breached tickets of an organization, and its mean satisfaction in [recentFrom, now) and [beforeFrom, recentFrom). */
    public io.globaldesk.ticket.OrganizationTicketStats statsOf(UUID organization, java.time.Instant beforeFrom, java.time.Instant recentFrom) {
        return jdbc.sql("""
                        select (select count(*) from ticket t where t.organization_id = ? and not t.imported
                                  and t.status in ('NEW', 'OPEN', 'PENDING_CUSTOMER')) as open,
                               (select count(*) from ticket t where t.organization_id = ? and not t.imported
                                  and t.status in ('NEW', 'OPEN', 'PENDING_CUSTOMER') and t.sla_breached) as breached,
                               (select avg(s.score) from ticket_satisfaction s join ticket t on t.id = s.ticket_id
                                  where t.organization_id = ? and s.created_at >= ?) as recent,
                               (select avg(s.score) from ticket_satisfaction s join ticket t on t.id = s.ticket_id
                                  where t.organization_id = ? and s.created_at >= ? and s.created_at < ?) as before""")
                .params(organization, organization, organization, java.sql.Timestamp.from(recentFrom), organization,
                        java.sql.Timestamp.from(beforeFrom), java.sql.Timestamp.from(recentFrom))
                .query((rs, n) -> new io.globaldesk.ticket.OrganizationTicketStats(rs.getInt("open"), rs.getInt("breached"),
                        rs.getObject("recent") == null ? null : rs.getDouble("recent"),
                        rs.getObject("before") == null ? null : rs.getDouble("before")))
                .single();
    }
}
