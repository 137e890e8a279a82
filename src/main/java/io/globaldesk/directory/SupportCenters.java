package io.globaldesk.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.globaldesk.directory.SupportCenter.Holiday;
import io.globaldesk.directory.SupportCenter.WorkingHours;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Support centers and their calendars. */
@Service
public class SupportCenters {

    /** What a caller gives to create or replace a center. */
    public record Draft(String code, String name, ZoneId timeZone, List<WorkingHours> workingHours, List<Holiday> holidays) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SupportCenters(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public SupportCenter create(Draft draft) {
        if (jdbc.sql("select count(*) from support_center where code = ?").param(draft.code()).query(Long.class).single() > 0) {
            throw new ConflictException("code", "a support center with code " + draft.code() + " exists already");
        }
        UUID id = jdbc.sql("insert into support_center (code, name, time_zone) values (?, ?, ?) returning id")
                .params(draft.code(), draft.name(), draft.timeZone().getId()).query(UUID.class).single();
        writeCalendar(id, draft);
        events.publishEvent(new DirectoryChanged("centers"));
        return get(id);
    }

    @Transactional
    public SupportCenter update(UUID id, Draft draft) {
        get(id);
        int clash = jdbc.sql("select count(*) from support_center where code = ? and id <> ?").params(draft.code(), id)
                .query(Integer.class).single();
        if (clash > 0) throw new ConflictException("code", "a support center with code " + draft.code() + " exists already");
        jdbc.sql("update support_center set code = ?, name = ?, time_zone = ?, updated_at = now() where id = ?")
                .params(draft.code(), draft.name(), draft.timeZone().getId(), id).update();
        jdbc.sql("delete from support_center_hours where support_center_id = ?").param(id).update();
        jdbc.sql("delete from support_center_holiday where support_center_id = ?").param(id).update();
        writeCalendar(id, draft);
        events.publishEvent(new DirectoryChanged("centers"));
        return get(id);
    }

    @Transactional
    public SupportCenter setActive(UUID id, boolean active) {
        get(id);
        jdbc.sql("update support_center set active = ?, updated_at = now() where id = ?").params(active, id).update();
        events.publishEvent(new DirectoryChanged("centers"));
        return get(id);
    }

    @Transactional
    public SupportCenter setOnCall(UUID id, UUID agentId) {
        get(id);
        jdbc.sql("update support_center set on_call_agent_id = ?, updated_at = now() where id = ?").params(agentId, id).update();
        events.publishEvent(new DirectoryChanged("centers"));
        return get(id);
    }

    public SupportCenter get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("support center", id));
    }

    public Optional<SupportCenter> find(UUID id) {
        return load("where c.id = ?", id).stream().findFirst();
    }

    public Optional<SupportCenter> findByCode(String code) {
        return load("where c.code = ?", code).stream().findFirst();
    }

    public List<SupportCenter> all() {
        return load("", (Object[]) null);
    }

    private void writeCalendar(UUID id, Draft draft) {
        for (WorkingHours hours : draft.workingHours()) {
            for (DayOfWeek day : hours.days()) {
                jdbc.sql("insert into support_center_hours (support_center_id, day_of_week, opens_at, closes_at) "
                                + "values (?, ?, ?, ?) on conflict do nothing")
                        .params(id, day.getValue(), hours.from(), hours.to()).update();
            }
        }
        for (Holiday holiday : draft.holidays()) {
            jdbc.sql("insert into support_center_holiday (support_center_id, day, name) values (?, ?, ?) "
                            + "on conflict (support_center_id, day) do update set name = excluded.name")
                    .params(id, holiday.day(), holiday.name() == null ? "" : holiday.name()).update();
        }
    }

    private List<SupportCenter> load(String where, Object... args) {
        var centers = jdbc.sql("select c.* from support_center c " + where + " order by c.code")
                .params(args == null ? new Object[0] : args).query((rs, n) -> row(rs)).list();
        List<SupportCenter> result = new ArrayList<>();
        for (CenterRow c : centers) {
            result.add(new SupportCenter(c.id, c.code, c.name, ZoneId.of(c.zone), hours(c.id), holidays(c.id), c.onCall, c.active));
        }
        return result;
    }

    /** Rows per day are folded back into intervals shared by several days, as they were given. */
    private List<WorkingHours> hours(UUID center) {
        Map<String, List<DayOfWeek>> byInterval = new LinkedHashMap<>();
        Map<String, LocalTime[]> intervals = new TreeMap<>();
        jdbc.sql("select day_of_week, opens_at, closes_at from support_center_hours where support_center_id = ? "
                        + "order by opens_at, closes_at, day_of_week")
                .param(center).query(rs -> {
                    LocalTime from = rs.getObject("opens_at", LocalTime.class);
                    LocalTime to = rs.getObject("closes_at", LocalTime.class);
                    String key = from + "-" + to;
                    intervals.put(key, new LocalTime[] {from, to});
                    byInterval.computeIfAbsent(key, k -> new ArrayList<>()).add(DayOfWeek.of(rs.getInt("day_of_week")));
                });
        return intervals.entrySet().stream()
                .map(e -> new WorkingHours(byInterval.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(WorkingHours::from))
                .toList();
    }

    private List<Holiday> holidays(UUID center) {
        return jdbc.sql("select day, name from support_center_holiday where support_center_id = ? order by day")
                .param(center)
                .query((rs, n) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("name"))).list();
    }

    private record CenterRow(UUID id, String code, String name, String zone, UUID onCall, boolean active) {
    }

    private static CenterRow row(ResultSet rs) throws SQLException {
        return new CenterRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("time_zone"), rs.getObject("on_call_agent_id", UUID.class), rs.getBoolean("active"));
    }
}
