package io.globaldesk.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import io.globaldesk.culture.CultureProfiles;
import io.globaldesk.culture.Region;
import io.globaldesk.culture.Regions;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Customer organizations. A customer sees only its own; asking for another one is answered as if it did not exist.
 * Single organizations are read on every ticket and e-mail, so they are kept in memory; this class is the only
 * writer of their tables and forgets them on every write, again once the writing transaction has ended.
 */
@Service
public class Organizations {

    public record Draft(String name, String country, String locale, Tier tier, List<String> appIds, String contactEmail) {
    }

    private static final String SELECT = """
            select o.*, coalesce(array_agg(a.app_id order by a.app_id) filter (where a.app_id is not null), '{}') as app_ids
            from organization o left join organization_app a on a.organization_id = o.id
            """;

    private final JdbcClient jdbc;
    private final ConcurrentMap<UUID, Organization> byId = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Organization create(Draft draft) {
        forgetCached();
        String country = draft.country().toUpperCase(java.util.Locale.ROOT);
        UUID id = jdbc.sql("""
                        insert into organization (name, country, locale, tier, region, culture_profile, contact_email)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.name(), country, draft.locale(), draft.tier().name(), Regions.of(country).name(),
                        CultureProfiles.resolve(country, draft.locale()).name(), draft.contactEmail())
                .query(UUID.class).single();
        writeApps(id, draft.appIds());
        return load(id).orElseThrow();
    }

    @Transactional
    public Organization update(UUID id, Draft draft) {
        get(id);
        forgetCached();
        String country = draft.country().toUpperCase(java.util.Locale.ROOT);
        jdbc.sql("""
                        update organization set name = ?, country = ?, locale = ?, tier = ?, region = ?, culture_profile = ?,
                        contact_email = ?, updated_at = now() where id = ?""")
                .params(draft.name(), country, draft.locale(), draft.tier().name(), Regions.of(country).name(),
                        CultureProfiles.resolve(country, draft.locale()).name(), draft.contactEmail(), id)
                .update();
        jdbc.sql("delete from organization_app where organization_id = ?").param(id).update();
        writeApps(id, draft.appIds());
        return get(id);
    }

    @Transactional
    public Organization setActive(UUID id, boolean active) {
        get(id);
        forgetCached();
        jdbc.sql("update organization set active = ?, updated_at = now() where id = ?").params(active, id).update();
        return get(id);
    }

    /** The organization, or 404 when it does not exist. Callers acting for a customer use {@link #getFor}. */
    public Organization get(UUID id) {
        return load(id).orElseThrow(() -> new NotFoundException("organization", id));
    }

    /** The organization as {@code actor} may see it: another organization's id is answered 404. */
    public Organization getFor(Actor actor, UUID id) {
        if (!actor.canSee(id)) throw new NotFoundException("organization", id);
        return get(id);
    }

    public List<Organization> visibleTo(Actor actor) {
        if (actor.isStaff()) return list("", new Object[0]);
        return list("where o.id = ?", new Object[] {actor.organizationId()});
    }

    public Optional<Organization> find(UUID id) {
        return load(id);
    }

    /** The organization a telemetry app id belongs to. */
    public Optional<Organization> ownerOfApp(String appId) {
        return jdbc.sql("select organization_id from organization_app where app_id = ?").param(appId)
                .query(UUID.class).optional().flatMap(this::load);
    }

    private Optional<Organization> load(UUID id) {
        Organization cached = byId.get(id);
        if (cached != null) return Optional.of(cached);
        long before = generation.get();
        Optional<Organization> loaded = list("where o.id = ?", new Object[] {id}).stream().findFirst();
        // a write that ended while this read ran may have made it stale: then it is not kept
        if (loaded.isPresent() && generation.get() == before) {
            byId.put(id, loaded.get());
            if (generation.get() != before) byId.remove(id);
        }
        return loaded;
    }

    /** Drops what is cached now and, inside a transaction, once more when it ends (a read in between saw old rows). */
    private void forgetCached() {
        generation.incrementAndGet();
        byId.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    byId.clear();
                }
            });
        }
    }

    private List<Organization> list(String where, Object[] args) {
        return jdbc.sql(SELECT + where + " group by o.id order by o.name").params(args).query((rs, n) -> map(rs)).list();
    }

    private void writeApps(UUID organization, List<String> appIds) {
        for (String appId : appIds == null ? List.<String>of() : appIds.stream().distinct().toList()) {
            Optional<UUID> owner = jdbc.sql("select organization_id from organization_app where app_id = ?").param(appId)
                    .query(UUID.class).optional();
            if (owner.isPresent() && !owner.get().equals(organization)) {
                throw new ConflictException("appIds", "app id " + appId + " belongs to another organization");
            }
            jdbc.sql("insert into organization_app (app_id, organization_id) values (?, ?) on conflict do nothing")
                    .params(appId, organization).update();
        }
    }

    private static Organization map(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new Organization(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("country"),
                rs.getString("locale"), Tier.valueOf(rs.getString("tier")), Region.valueOf(rs.getString("region")),
                rs.getString("culture_profile"), List.of((String[]) rs.getArray("app_ids").getArray()),
                rs.getString("contact_email"), rs.getBoolean("active"), created.toInstant());
    }
}
