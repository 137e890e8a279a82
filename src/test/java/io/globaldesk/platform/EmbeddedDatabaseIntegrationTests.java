package io.globaldesk.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.globaldesk.GlobalDeskApplication;
import io.globaldesk.directory.Organizations;
import io.globaldesk.directory.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL keeps its data across restarts and leaves no server running after a stop. */
class EmbeddedDatabaseIntegrationTests {

    static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(GlobalDeskApplication.class).run(
                "--server.port=0", "--globaldesk.demo=false", "--globaldesk.data-dir=" + dataDir);
    }

    static int port(ConfigurableApplicationContext context) {
        return ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void dataSurvivesARestartNoPostgresOutlivesTheApplicationAndASecondInstanceRunsBeside() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target/tmp"), "restart-");
        String id;
        long postgresPid;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            id = first.getBean(Organizations.class).create(new Organizations.Draft("Persistent GmbH", "DE", "de-DE",
                    Tier.ENTERPRISE, List.of("persist-app"), null)).id().toString();
            postgresPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
            assertThat(ProcessHandle.of(postgresPid)).isPresent();
        }
        Optional<ProcessHandle> after = ProcessHandle.of(postgresPid);
        if (after.isPresent()) after.get().onExit().get(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false))
                .as("postgres stopped with the application").isFalse();

        Path otherDir = Files.createTempDirectory(Path.of("target/tmp"), "side-by-side-");
        try (ConfigurableApplicationContext second = start(dataDir);
             ConfigurableApplicationContext beside = start(otherDir)) {
            var organization = second.getBean(Organizations.class).find(java.util.UUID.fromString(id));
            assertThat(organization).isPresent();
            assertThat(organization.get().name()).isEqualTo("Persistent GmbH");
            assertThat(organization.get().appIds()).containsExactly("persist-app");
            // a second instance with its own port and data directory runs beside it, with its own data
            assertThat(port(beside)).isNotEqualTo(port(second));
            assertThat(beside.getBean(Organizations.class).find(java.util.UUID.fromString(id))).isEmpty();
        }
    }
}
