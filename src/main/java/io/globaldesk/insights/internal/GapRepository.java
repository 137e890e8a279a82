package io.globaldesk.insights.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unanswered questions and the documentation gaps that group them. */
@Repository
public class GapRepository {

    public record Question(String question, String language, Instant askedAt) {
    }

    public record GapRow(long id, String representative, String language, String terms, int count, Instant lastAskedAt) {
    }

    private final JdbcClient jdbc;

    GapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises filing questions until the transaction ends: two paraphrases arriving together must meet. */
    public void lockGaps() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('insights_doc_gap'))").query((rs, n) -> 1).list();
    }

    public List<GapRow> openGaps(String language) {
        return jdbc.sql("select * from insights_doc_gap where language = ? and not closed").param(language)
                .query((rs, n) -> gap(rs)).list();
    }

    public List<GapRow> top(String language, int limit) {
        return jdbc.sql("""
                        select * from insights_doc_gap where not closed and (cast(? as varchar) is null or language = ?)
                        order by question_count desc, last_asked_at desc limit ?""")
                .params(language, language, limit).query((rs, n) -> gap(rs)).list();
    }

    public java.util.Optional<GapRow> find(long id) {
        return jdbc.sql("select * from insights_doc_gap where id = ?").param(id).query((rs, n) -> gap(rs)).optional();
    }

    public long newGap(String question, String language, String terms, Instant at) {
        return jdbc.sql("""
                        insert into insights_doc_gap (representative, language, terms, question_count, first_asked_at, last_asked_at)
                        values (?, ?, ?, 0, ?, ?) returning id""")
                .params(question, language, terms, Timestamp.from(at), Timestamp.from(at)).query(Long.class).single();
    }

    public void addQuestion(long gap, String source, String reason, String question, String language, UUID organization, Instant at) {
        jdbc.sql("""
                        insert into insights_question (gap_id, source, reason, question, language, organization_id, asked_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(gap, source, reason, question, language, organization, Timestamp.from(at)).update();
        jdbc.sql("""
                        update insights_doc_gap set question_count = question_count + 1,
                          last_asked_at = greatest(last_asked_at, ?) where id = ?""")
                .params(Timestamp.from(at), gap).update();
    }

    public List<String> questionsOf(long gap, int limit) {
        return jdbc.sql("select distinct question from insights_question where gap_id = ? limit ?").params(gap, limit)
                .query(String.class).list();
    }

    public List<Question> askedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        select question, language, asked_at from insights_question
                        where source = 'ASSISTANT' and asked_at >= ? and asked_at < ? order by asked_at""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Question(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    public List<UUID> organizationsOf(long gap) {
        return jdbc.sql("select distinct organization_id from insights_question where gap_id = ? and organization_id is not null")
                .param(gap).query(UUID.class).list();
    }

    private static GapRow gap(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GapRow(rs.getLong("id"), rs.getString("representative"), rs.getString("language"), rs.getString("terms"),
                rs.getInt("question_count"), rs.getTimestamp("last_asked_at").toInstant());
    }
}
