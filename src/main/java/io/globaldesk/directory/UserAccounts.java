package io.globaldesk.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.platform.i18n.UserLocalePreferences;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.ActorPrincipal;
import io.globaldesk.platform.security.Role;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users who sign in with e-mail and password (stored as a salted adaptive hash, never in clear). */
@Service
public class UserAccounts implements UserDetailsService, UserLocalePreferences {

    public record Draft(String email, String displayName, String password, Role role, UUID organizationId, UUID agentId,
                        String locale) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Transactional
    public UserAccount create(Draft draft) {
        if (!draft.role().canLogIn()) throw new InvalidInputException("role", draft.role() + " is for API tokens only");
        if ((draft.role() == Role.CUSTOMER) != (draft.organizationId() != null)) {
            throw new InvalidInputException("organizationId", "a customer user belongs to exactly one organization, staff to none");
        }
        if (draft.password() == null || draft.password().length() < 8) {
            throw new InvalidInputException("password", "a password has at least 8 characters");
        }
        if (findByEmail(draft.email()).isPresent()) throw new ConflictException("email", "a user with this e-mail exists already");
        UUID id = jdbc.sql("""
                        insert into app_user (email, display_name, password_hash, role, organization_id, agent_id, locale)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.email(), draft.displayName(), encoder.encode(draft.password()), draft.role().name(),
                        draft.organizationId(), draft.agentId(), draft.locale())
                .query(UUID.class).single();
        return get(id);
    }

    @Transactional
    public UserAccount setEnabled(UUID id, boolean enabled) {
        get(id);
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
        return get(id);
    }

    public UserAccount get(UUID id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("user", id));
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select * from app_user where lower(email) = lower(?)").param(email).query((rs, n) -> map(rs)).optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by role, email").query((rs, n) -> map(rs)).list();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select * from app_user where lower(email) = lower(?)").param(username)
                .query((rs, n) -> {
                    UserAccount user = map(rs);
                    Actor actor = new Actor(user.id(), user.displayName(), user.role(), user.organizationId(),
                            user.agentId(), user.locale() == null ? null : Locale.forLanguageTag(user.locale()));
                    return new ActorPrincipal(actor, user.email(), rs.getString("password_hash"), user.enabled());
                })
                .optional().orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Override
    public void remember(UUID userId, Locale locale) {
        jdbc.sql("update app_user set locale = ? where id = ?").params(locale.toLanguageTag(), userId).update();
    }

    private static UserAccount map(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("organization_id", UUID.class),
                rs.getObject("agent_id", UUID.class), rs.getString("locale"), rs.getBoolean("enabled"),
                last == null ? null : last.toInstant());
    }
}
