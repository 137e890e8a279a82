package io.globaldesk.alerting.live;

import io.globaldesk.alerting.Silence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Silences and maintenance windows, kept so they survive restarts. */
@Repository
public class SilenceRepository {

    /** A stored silence and who made it. */
    public record Stored(Silence silence, String createdBy) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    SilenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Silence s, String createdBy) {
        jdbc.sql("""
                        insert into alert_silence (id, matchers, starts_at, ends_at, maintenance, comment, created_by)
                        values (?, cast(? as jsonb), ?, ?, ?, ?, ?)
                        on conflict (id) do update set matchers = excluded.matchers, starts_at = excluded.starts_at,
                        ends_at = excluded.ends_at, maintenance = excluded.maintenance, comment = excluded.comment""")
                .params(s.id(), JSON.writeValueAsString(s.matchers()), IncidentRepository.ts(s.start()),
                        IncidentRepository.ts(s.end()), s.maintenance(), s.comment(), createdBy)
                .update();
    }

    public boolean delete(String id) {
        return jdbc.sql("delete from alert_silence where id = ?").param(id).update() == 1;
    }

    public Optional<Stored> find(String id) {
        return jdbc.sql("select * from alert_silence where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<Stored> list() {
        return jdbc.sql("select * from alert_silence order by starts_at desc, id").query((rs, n) -> map(rs)).list();
    }

    List<Silence> all() {
        return list().stream().map(Stored::silence).toList();
    }

    private static Stored map(ResultSet rs) throws SQLException {
        Map<String, String> matchers = JSON.readValue(rs.getString("matchers"), new TypeReference<Map<String, String>>() {});
        return new Stored(new Silence(rs.getString("id"), matchers, rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getBoolean("maintenance"), rs.getString("comment")),
                rs.getString("created_by"));
    }
}
