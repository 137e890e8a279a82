package io.globaldesk.insights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.insights.FeedbackItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FeedbackRepository {

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(FeedbackItem i) {
        return jdbc.sql("""
                        insert into insights_feedback_item (title, description, owner_team, status, source_type, source_ref,
                          evidence_tickets, evidence_count, affected_orgs, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(i.title(), i.description(), i.ownerTeam().name(), i.status().name(), i.sourceType().name(),
                        i.sourceRef(), i.evidenceTicketIds().toArray(UUID[]::new), i.evidenceCount(),
                        i.affectedOrganizationIds().toArray(UUID[]::new), i.createdBy(), Timestamp.from(i.createdAt()),
                        Timestamp.from(i.updatedAt()))
                .query(UUID.class).single();
    }

    public void update(UUID id, String title, String description, FeedbackItem.OwnerTeam team, FeedbackItem.Status status, Instant at) {
        jdbc.sql("""
                        update insights_feedback_item set title = ?, description = ?, owner_team = ?, status = ?, updated_at = ?
                        where id = ?""")
                .params(title, description, team.name(), status.name(), Timestamp.from(at), id).update();
    }

    public boolean delete(UUID id) {
        return jdbc.sql("delete from insights_feedback_item where id = ?").param(id).update() > 0;
    }

    public Optional<FeedbackItem> find(UUID id) {
        return jdbc.sql("select * from insights_feedback_item where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<FeedbackItem> list(String status, String team, int limit) {
        return jdbc.sql("""
                        select * from insights_feedback_item
                        where (cast(? as varchar) is null or status = ?) and (cast(? as varchar) is null or owner_team = ?)
                        order by updated_at desc, id limit ?""")
                .params(status, status, team, team, limit).query((rs, n) -> map(rs)).list();
    }

    public List<FeedbackItem> createdSince(Instant since) {
        return jdbc.sql("select * from insights_feedback_item where created_at >= ? order by created_at")
                .param(Timestamp.from(since)).query((rs, n) -> map(rs)).list();
    }

    private static FeedbackItem map(ResultSet rs) throws SQLException {
        return new FeedbackItem(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
                FeedbackItem.OwnerTeam.valueOf(rs.getString("owner_team")), FeedbackItem.Status.valueOf(rs.getString("status")),
                FeedbackItem.SourceType.valueOf(rs.getString("source_type")), rs.getString("source_ref"),
                uuids(rs, "evidence_tickets"), rs.getInt("evidence_count"), uuids(rs, "affected_orgs"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((UUID[]) rs.getArray(column).getArray());
    }
}
