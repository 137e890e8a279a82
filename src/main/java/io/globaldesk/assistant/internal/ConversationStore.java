package io.globaldesk.assistant.internal;

import io.globaldesk.assistant.Citation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The assistant's tables: conversations and their messages. Explicit, parameterised SQL. */
@Repository
public class ConversationStore {

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Conversation(UUID id, UUID organizationId, UUID userId, String language, String cultureProfile,
                               boolean handoffOffered, UUID handoffTicketId, UUID takenOverBy, String takenOverName,
                               Instant createdAt) {
    }

    public record Message(UUID id, UUID conversationId, int seq, String author, String authorName, String body,
                          String language, String question, String outcome, Boolean answered, Double confidence,
                          List<Citation> citations, Integer feedback, Instant createdAt) {
    }

    public record LanguageStats(String language, long questions, long answered, long deflected) {
    }

    public void create(UUID id, UUID organizationId, UUID userId, String language, String cultureProfile, Instant now) {
        jdbc.sql("""
                        insert into assistant_conversation (id, organization_id, user_id, language, culture_profile,
                        created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organizationId, userId, language, cultureProfile, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public Optional<Conversation> find(UUID id) {
        return jdbc.sql("""
                        select id, organization_id, user_id, language, culture_profile, handoff_offered, handoff_ticket_id,
                        taken_over_by, taken_over_name, created_at from assistant_conversation where id = ?""")
                .param(id)
                .query((rs, n) -> new Conversation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                        rs.getObject(7, UUID.class), rs.getObject(8, UUID.class), rs.getString(9),
                        rs.getTimestamp(10).toInstant()))
                .optional();
    }

    public void update(UUID id, String language, boolean handoffOffered, Instant now) {
        jdbc.sql("update assistant_conversation set language = ?, handoff_offered = ?, updated_at = ? where id = ?")
                .params(language, handoffOffered, Timestamp.from(now), id).update();
    }

    public void handedOff(UUID id, UUID ticketId, Instant now) {
        jdbc.sql("update assistant_conversation set handoff_ticket_id = ?, handoff_offered = false, updated_at = ? where id = ?")
                .params(ticketId, Timestamp.from(now), id).update();
    }

    public void takenOver(UUID id, UUID agentUserId, String agentName, Instant now) {
        jdbc.sql("update assistant_conversation set taken_over_by = ?, taken_over_name = ?, updated_at = ? where id = ?")
                .params(agentUserId, agentName, Timestamp.from(now), id).update();
    }

    public UUID addMessage(UUID conversationId, String author, String authorName, String body, String language,
                           String question, String outcome, Boolean answered, Double confidence,
                           List<Citation> citations, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into assistant_message (id, conversation_id, seq, author, author_name, body, language, question,
                        outcome, answered, confidence, citations, created_at)
                        values (?, ?, (select coalesce(max(seq), 0) + 1 from assistant_message where conversation_id = ?),
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, conversationId, conversationId, author, authorName, body, language, question, outcome, answered,
                        confidence, encode(citations), Timestamp.from(now))
                .update();
        return id;
    }

    public List<Message> messages(UUID conversationId) {
        return jdbc.sql("""
                        select id, conversation_id, seq, author, author_name, body, language, question, outcome, answered,
                        confidence, citations, feedback, created_at from assistant_message where conversation_id = ?
                        order by seq""")
                .param(conversationId).query(ConversationStore::message).list();
    }

    public Optional<Message> message(UUID id) {
        return jdbc.sql("""
                        select id, conversation_id, seq, author, author_name, body, language, question, outcome, answered,
                        confidence, citations, feedback, created_at from assistant_message where id = ?""")
                .param(id).query(ConversationStore::message).optional();
    }

    public void feedback(UUID messageId, int vote) {
        jdbc.sql("update assistant_message set feedback = ? where id = ?").params((short) vote, messageId).update();
    }

    /**
     * Per language: the assistant's replies to questions, those answered, and those deflected (answered, not voted
     * down, in a conversation that was not handed to a person).
     */
    public List<LanguageStats> stats(UUID organizationId) {
        return jdbc.sql("""
                        select m.language,
                               count(*) as questions,
                               count(*) filter (where m.answered) as answered,
                               count(*) filter (where m.answered and coalesce(m.feedback, 0) >= 0
                                                and c.handoff_ticket_id is null and c.taken_over_name is null) as deflected
                        from assistant_message m join assistant_conversation c on c.id = m.conversation_id
                        where m.author = 'ASSISTANT' and m.outcome in ('ANSWERED', 'NO_ANSWER', 'CLARIFYING', 'OUT_OF_SCOPE')
                          and (cast(? as uuid) is null or c.organization_id = ?)
                        group by m.language order by m.language""")
                .params(organizationId, organizationId)
                .query((rs, n) -> new LanguageStats(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private static Message message(ResultSet rs, int n) throws SQLException {
        Object confidence = rs.getObject(11);
        Object answered = rs.getObject(10);
        Object feedback = rs.getObject(13);
        return new Message(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                answered == null ? null : (Boolean) answered, confidence == null ? null : ((Number) confidence).doubleValue(),
                decode(rs.getString(12)), feedback == null ? null : ((Number) feedback).intValue(),
                rs.getTimestamp(14).toInstant());
    }

    static String encode(List<Citation> citations) {
        if (citations == null || citations.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Citation c : citations) {
            text.append(c.articleId()).append('\t').append(c.externalId()).append('\t').append(c.locale()).append('\t')
                    .append(c.score()).append('\t').append(c.title().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return text.toString();
    }

    static List<Citation> decode(String text) {
        List<Citation> citations = new ArrayList<>();
        if (text == null) {
            return citations;
        }
        for (String line : text.split("\n")) {
            String[] cells = line.split("\t", 5);
            if (cells.length == 5) {
                citations.add(new Citation(Long.parseLong(cells[0]), cells[1], cells[4], cells[2], Double.parseDouble(cells[3])));
            }
        }
        return citations;
    }
}
