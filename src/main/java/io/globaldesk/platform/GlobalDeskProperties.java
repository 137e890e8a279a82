package io.globaldesk.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of a GlobalDesk instance ({@code globaldesk.*}).
 *
 * @param dataDir where the embedded database, the search index and the telemetry store live
 * @param demo whether demo data is loaded into an empty instance
 * @param security security settings
 */
@ConfigurationProperties("globaldesk")
public record GlobalDeskProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue Security security) {

    /**
     * @param adminToken a bearer token that acts as an administrator, for bootstrapping automation; empty means none
     * @param maxFailedLogins failed logins per user or address within {@code lockoutMinutes} before further attempts are refused
     * @param lockoutMinutes how long a throttled login stays refused
     */
    public record Security(
            @DefaultValue("") String adminToken,
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15") int lockoutMinutes) {
    }

    public Path resolve(String child) {
        return dataDir.toAbsolutePath().normalize().resolve(child);
    }
}
