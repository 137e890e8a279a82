package io.globaldesk.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GlobalDesk killed with SIGKILL cannot stop its PostgreSQL. The next start finds that server's pid in
 * {@code postmaster.pid}; if that process is still a postgres serving our data directory, it is stopped first,
 * so one data directory never has two servers and no orphan outlives its restart.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfLeftBehind(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) return;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) return;
            long pid = Long.parseLong(lines.get(0).strip());
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isPresent() && isPostgres(process.get())) {
                log.warn("Stopping PostgreSQL (pid {}) left behind by an earlier run on {}", pid, dataDirectory);
                process.get().destroy();
                process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read {}: {}", pidFile, e.getMessage());
        } catch (Exception e) {
            log.warn("PostgreSQL left behind on {} did not stop in time: {}", dataDirectory, e.getMessage());
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }
}
