package io.globaldesk.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.ApiTokenAuthority;
import io.globaldesk.platform.security.Role;
import io.globaldesk.platform.security.Tokens;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens, scoped to a role and, for customers and ingest clients, to one organization. The secret is returned once,
 * at creation; only its SHA-256 hash is stored.
 */
@Service
public class ApiTokens implements ApiTokenAuthority {

    public record Draft(String name, Role role, UUID organizationId, Instant expiresAt) {
    }

    /** A token just created: the only moment its secret is known. */
    public record Issued(ApiToken token, String secret) {
    }

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(Draft draft, UUID createdBy) {
        if (draft.role().isBoundToOrganization() != (draft.organizationId() != null)) {
            throw new InvalidInputException("organizationId",
                    "customer and ingest tokens belong to exactly one organization; staff tokens to none");
        }
        if (draft.organizationId() != null && organizations.find(draft.organizationId()).isEmpty()) {
            throw new InvalidInputException("organizationId", "no organization has id " + draft.organizationId());
        }
        if (draft.expiresAt() != null && !draft.expiresAt().isAfter(clock.instant())) {
            throw new InvalidInputException("expiresAt", "a token must expire in the future");
        }
        String secret = Tokens.newToken();
        UUID id = jdbc.sql("""
                        insert into api_token (name, token_hash, prefix, role, organization_id, user_id, expires_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.name(), Tokens.sha256(secret), secret.substring(0, 10), draft.role().name(),
                        draft.organizationId(), createdBy, ts(draft.expiresAt()), ts(clock.instant()))
                .query(UUID.class).single();
        return new Issued(get(id), secret);
    }

    @Transactional
    public ApiToken revoke(UUID id) {
        ApiToken token = get(id);
        if (token.revokedAt() == null) {
            jdbc.sql("update api_token set revoked_at = ? where id = ?").params(ts(clock.instant()), id).update();
        }
        return get(id);
    }

    public ApiToken get(UUID id) {
        return jdbc.sql("select * from api_token where id = ?").param(id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("API token", id));
    }

    public List<ApiToken> all() {
        return jdbc.sql("select * from api_token order by created_at desc").query((rs, n) -> map(rs)).list();
    }

    @Override
    public Optional<Actor> actorForTokenHash(String sha256Hex) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update api_token set last_used_at = ? where token_hash = ? and revoked_at is null
                        and (expires_at is null or expires_at > ?) returning *""")
                .params(ts(now), sha256Hex, ts(now))
                .query((rs, n) -> new Actor(rs.getObject("user_id", UUID.class), "token:" + rs.getString("name"),
                        Role.valueOf(rs.getString("role")), rs.getObject("organization_id", UUID.class), null, null))
                .optional();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                Role.valueOf(rs.getString("role")), rs.getObject("organization_id", UUID.class),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));
    }
}
