package io.globaldesk.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agents: the support engineers routing assigns work to. */
@Service
public class Agents {

    public record Draft(String name, String email, String supportCenter, List<String> languages, List<String> skills,
                        int capacity) {
    }

    private static final String SELECT = "select a.*, c.code as center_code from agent a join support_center c on c.id = a.support_center_id ";

    private final JdbcClient jdbc;
    private final SupportCenters centers;
    private final ApplicationEventPublisher events;

    Agents(JdbcClient jdbc, SupportCenters centers, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.centers = centers;
        this.events = events;
    }

    @Transactional
    public Agent create(Draft draft) {
        UUID center = centerId(draft.supportCenter());
        if (emailTaken(draft.email(), null)) throw new ConflictException("email", "an agent with this e-mail exists already");
        UUID id = jdbc.sql("""
                        insert into agent (name, email, support_center_id, languages, skills, capacity)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.name(), draft.email(), center, normalized(draft.languages()), normalized(draft.skills()),
                        draft.capacity())
                .query(UUID.class).single();
        events.publishEvent(new DirectoryChanged("agents"));
        return get(id);
    }

    @Transactional
    public Agent update(UUID id, Draft draft) {
        get(id);
        UUID center = centerId(draft.supportCenter());
        if (emailTaken(draft.email(), id)) throw new ConflictException("email", "an agent with this e-mail exists already");
        jdbc.sql("""
                        update agent set name = ?, email = ?, support_center_id = ?, languages = ?, skills = ?, capacity = ?,
                        updated_at = now() where id = ?""")
                .params(draft.name(), draft.email(), center, normalized(draft.languages()), normalized(draft.skills()),
                        draft.capacity(), id)
                .update();
        events.publishEvent(new DirectoryChanged("agents"));
        return get(id);
    }

    @Transactional
    public Agent setActive(UUID id, boolean active) {
        get(id);
        jdbc.sql("update agent set active = ?, updated_at = now() where id = ?").params(active, id).update();
        events.publishEvent(new DirectoryChanged("agents"));
        return get(id);
    }

    /** Personal availability (leave, sickness), independent of the center's calendar. */
    @Transactional
    public Agent setAvailable(UUID id, boolean available) {
        get(id);
        jdbc.sql("update agent set available = ?, updated_at = now() where id = ?").params(available, id).update();
        events.publishEvent(new DirectoryChanged("agents"));
        return get(id);
    }

    public Agent get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("agent", id));
    }

    public Optional<Agent> find(UUID id) {
        return jdbc.sql(SELECT + "where a.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** The agents with any of these ids, keyed by id; unknown ids are left out. */
    public Map<UUID, Agent> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        Map<UUID, Agent> found = new HashMap<>();
        jdbc.sql(SELECT + "where a.id = any(?)").param(ids.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> map(rs)).list().forEach(a -> found.put(a.id(), a));
        return found;
    }

    public List<Agent> all() {
        return jdbc.sql(SELECT + "order by c.code, a.name").query((rs, n) -> map(rs)).list();
    }

    public List<Agent> active() {
        return jdbc.sql(SELECT + "where a.active order by c.code, a.name").query((rs, n) -> map(rs)).list();
    }

    private UUID centerId(String code) {
        return centers.findByCode(code).map(SupportCenter::id)
                .orElseThrow(() -> new InvalidInputException("supportCenter", "no support center has code " + code));
    }

    private boolean emailTaken(String email, UUID except) {
        return jdbc.sql("select count(*) from agent where lower(email) = lower(?) and id is distinct from cast(? as uuid)")
                .params(email, except).query(Long.class).single() > 0;
    }

    private static String[] normalized(List<String> values) {
        return values == null ? new String[0]
                : values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).distinct()
                .toArray(String[]::new);
    }

    private static Agent map(ResultSet rs) throws SQLException {
        return new Agent(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                rs.getObject("support_center_id", UUID.class), rs.getString("center_code"),
                List.of((String[]) rs.getArray("languages").getArray()), List.of((String[]) rs.getArray("skills").getArray()),
                rs.getInt("capacity"), rs.getBoolean("available"), rs.getBoolean("active"));
    }
}
