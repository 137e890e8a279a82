package io.globaldesk.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams of agents. */
@Service
public class Teams {

    public record Draft(String name, String supportCenter, List<UUID> members) {
    }

    private static final String SELECT = """
            select t.*, c.code as center_code,
                   coalesce(array_agg(m.agent_id) filter (where m.agent_id is not null), '{}') as members
            from team t left join support_center c on c.id = t.support_center_id
            left join team_member m on m.team_id = t.id
            """;

    private final JdbcClient jdbc;
    private final SupportCenters centers;
    private final Agents agents;

    Teams(JdbcClient jdbc, SupportCenters centers, Agents agents) {
        this.jdbc = jdbc;
        this.centers = centers;
        this.agents = agents;
    }

    @Transactional
    public Team create(Draft draft) {
        if (nameTaken(draft.name(), null)) throw new ConflictException("name", "a team with this name exists already");
        UUID id = jdbc.sql("insert into team (name, support_center_id) values (?, ?) returning id")
                .params(draft.name(), centerId(draft.supportCenter())).query(UUID.class).single();
        writeMembers(id, draft.members());
        return get(id);
    }

    @Transactional
    public Team update(UUID id, Draft draft) {
        get(id);
        if (nameTaken(draft.name(), id)) throw new ConflictException("name", "a team with this name exists already");
        jdbc.sql("update team set name = ?, support_center_id = ? where id = ?")
                .params(draft.name(), centerId(draft.supportCenter()), id).update();
        jdbc.sql("delete from team_member where team_id = ?").param(id).update();
        writeMembers(id, draft.members());
        return get(id);
    }

    @Transactional
    public Team setActive(UUID id, boolean active) {
        get(id);
        jdbc.sql("update team set active = ? where id = ?").params(active, id).update();
        return get(id);
    }

    public Team get(UUID id) {
        return jdbc.sql(SELECT + "where t.id = ? group by t.id, c.code").param(id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("team", id));
    }

    public List<Team> all() {
        return jdbc.sql(SELECT + "group by t.id, c.code order by t.name").query((rs, n) -> map(rs)).list();
    }

    private UUID centerId(String code) {
        if (code == null || code.isBlank()) return null;
        return centers.findByCode(code).map(SupportCenter::id)
                .orElseThrow(() -> new InvalidInputException("supportCenter", "no support center has code " + code));
    }

    private boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from team where lower(name) = lower(?) and id is distinct from cast(? as uuid)")
                .params(name, except).query(Long.class).single() > 0;
    }

    private void writeMembers(UUID team, List<UUID> members) {
        for (UUID agent : members == null ? List.<UUID>of() : members.stream().distinct().toList()) {
            if (agents.find(agent).isEmpty()) throw new InvalidInputException("members", "no agent has id " + agent);
            jdbc.sql("insert into team_member (team_id, agent_id) values (?, ?)").params(team, agent).update();
        }
    }

    private static Team map(ResultSet rs) throws SQLException {
        return new Team(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("center_code"),
                List.of((UUID[]) rs.getArray("members").getArray()), rs.getBoolean("active"));
    }
}
