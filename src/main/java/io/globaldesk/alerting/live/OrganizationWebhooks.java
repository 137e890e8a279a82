package io.globaldesk.alerting.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** Where each organization receives incident notices as signed webhooks. The secret is write-only. */
@Repository
public class OrganizationWebhooks {

    /** An organization's receiver; {@link #toString} leaves the secret out. */
    public record Webhook(UUID organizationId, String url, String secret) {
        @Override
        public String toString() {
            return "Webhook[organizationId=" + organizationId + ", url=" + url + "]";
        }
    }

    private final JdbcClient jdbc;

    OrganizationWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void set(UUID organization, String url, String secret) {
        jdbc.sql("""
                        insert into organization_webhook (organization_id, url, secret) values (?, ?, ?)
                        on conflict (organization_id) do update set url = excluded.url, secret = excluded.secret, updated_at = now()""")
                .params(organization, url, secret).update();
    }

    public boolean remove(UUID organization) {
        return jdbc.sql("delete from organization_webhook where organization_id = ?").param(organization).update() == 1;
    }

    public Optional<Webhook> of(UUID organization) {
        return jdbc.sql("select organization_id, url, secret from organization_webhook where organization_id = ?")
                .param(organization)
                .query((rs, n) -> new Webhook(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).optional();
    }
}
