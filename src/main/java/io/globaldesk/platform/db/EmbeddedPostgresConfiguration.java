package io.globaldesk.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.globaldesk.platform.GlobalDeskProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured
 * ({@code spring.datasource.url} unset). Its data lives under {@code <data-dir>/postgres} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(GlobalDeskProperties properties) throws IOException {
        Path dataDirectory = properties.resolve("postgres");
        Files.createDirectories(dataDirectory.getParent());
        StalePostmaster.stopIfLeftBehind(dataDirectory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Stopped by this bean's close, after everything that uses the database; the library's own JVM hook
                // would stop it at the same moment as the context's, under requests and jobs still finishing.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", "on")
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                postgres.getPort(), dataDirectory, (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("globaldesk");
        return new HikariDataSource(config);
    }
}
