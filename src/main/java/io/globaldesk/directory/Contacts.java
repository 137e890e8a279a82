package io.globaldesk.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of customer organizations. */
@Service
public class Contacts {

    public record Draft(String name, String email, String locale) {
    }

    private final JdbcClient jdbc;
    private final Organizations organizations;

    Contacts(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @Transactional
    public Contact create(Actor actor, UUID organization, Draft draft) {
        organizations.getFor(actor, organization);
        if (findByEmail(draft.email()).isPresent()) throw new ConflictException("email", "a contact with this e-mail exists already");
        UUID id = jdbc.sql("insert into contact (organization_id, name, email, locale) values (?, ?, ?, ?) returning id")
                .params(organization, draft.name(), draft.email(), draft.locale()).query(UUID.class).single();
        return get(id);
    }

    @Transactional
    public Contact setActive(Actor actor, UUID organization, UUID id, boolean active) {
        Contact contact = of(actor, organization).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("contact", id));
        jdbc.sql("update contact set active = ? where id = ?").params(active, contact.id()).update();
        return get(id);
    }

    public List<Contact> of(Actor actor, UUID organization) {
        organizations.getFor(actor, organization);
        return jdbc.sql("select * from contact where organization_id = ? order by name").param(organization)
                .query((rs, n) -> map(rs)).list();
    }

    public Optional<Contact> findByEmail(String email) {
        return jdbc.sql("select * from contact where lower(email) = lower(?)").param(email).query((rs, n) -> map(rs)).optional();
    }

    /** The contacts with any of these e-mail addresses, keyed by address in lower case. */
    public Map<String, Contact> findByEmails(Collection<String> emails) {
        if (emails.isEmpty()) return Map.of();
        String[] lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        Map<String, Contact> found = new HashMap<>();
        jdbc.sql("select * from contact where lower(email) = any(?)").param(lower)
                .query((rs, n) -> map(rs)).list().forEach(c -> found.put(c.email().toLowerCase(Locale.ROOT), c));
        return found;
    }

    public Contact get(UUID id) {
        return jdbc.sql("select * from contact where id = ?").param(id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("contact", id));
    }

    private static Contact map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Contact(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class), rs.getString("name"),
                rs.getString("email"), rs.getString("locale"), rs.getBoolean("active"));
    }
}
