package io.globaldesk.insights.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.insights.CaseReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CaseReviewRepository {

    /** A stored comment: mentioned agents by id only. */
    public record CommentRow(UUID id, UUID reviewId, String authorName, String body, List<UUID> mentioned, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    CaseReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean existsForTicket(UUID ticket) {
        return jdbc.sql("select count(*) from insights_case_review where ticket_id = ?").param(ticket).query(Long.class).single() > 0;
    }

    public UUID insert(CaseReview r) {
        return jdbc.sql("""
                        insert into insights_case_review (ticket_id, ticket_number, title, problem, root_cause, resolution,
                          lessons, locale, tags, author_name, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.ticketId(), r.ticketNumber(), r.title(), r.problem(), r.rootCause(), r.resolution(), r.lessons(),
                        r.locale(), r.tags().toArray(String[]::new), r.authorName(), Timestamp.from(r.publishedAt()))
                .query(UUID.class).single();
    }

    public Optional<CaseReview> find(UUID id) {
        return jdbc.sql("select * from insights_case_review where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<CaseReview> recent(int limit) {
        return jdbc.sql("select * from insights_case_review order by published_at desc, id limit ?").param(limit)
                .query((rs, n) -> map(rs)).list();
    }

    public List<CaseReview> ofWeek(LocalDate week) {
        return jdbc.sql("select * from insights_case_review where case_of_week = ? order by published_at").param(Date.valueOf(week))
                .query((rs, n) -> map(rs)).list();
    }

    public void markCaseOfWeek(UUID id, LocalDate week) {
        jdbc.sql("update insights_case_review set case_of_week = ? where id = ?")
                .params(week == null ? null : Date.valueOf(week), id).update();
    }

    public UUID insertComment(UUID review, String author, String body, List<UUID> mentioned, Instant at) {
        return jdbc.sql("""
                        insert into insights_case_comment (review_id, author_name, body, mentioned, created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(review, author, body, mentioned.toArray(UUID[]::new), Timestamp.from(at)).query(UUID.class).single();
    }

    public List<CommentRow> comments(UUID review) {
        return jdbc.sql("select * from insights_case_comment where review_id = ? order by created_at, id").param(review)
                .query((rs, n) -> new CommentRow(rs.getObject("id", UUID.class), review, rs.getString("author_name"),
                        rs.getString("body"), Arrays.asList((UUID[]) rs.getArray("mentioned").getArray()),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    private static CaseReview map(ResultSet rs) throws SQLException {
        Date week = rs.getDate("case_of_week");
        return new CaseReview(rs.getObject("id", UUID.class), rs.getObject("ticket_id", UUID.class), rs.getLong("ticket_number"),
                rs.getString("title"), rs.getString("problem"), rs.getString("root_cause"), rs.getString("resolution"),
                rs.getString("lessons"), rs.getString("locale"), Arrays.asList((String[]) rs.getArray("tags").getArray()),
                rs.getString("author_name"), rs.getTimestamp("published_at").toInstant(), week == null ? null : week.toLocalDate());
    }
}
