package io.globaldesk.telemetry;

import io.globaldesk.platform.GlobalDeskProperties;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The telemetry store bean: embedded DuckDB under {@code <globaldesk.data-dir>/telemetry}, closed on shutdown. Defined
 * here for the diagnosis and dashboards; when the ingest side brings its own wiring, one of the two goes.
 */
@Configuration(proxyBeanMethods = false)
class TelemetryStoreConfiguration {

    @Bean(destroyMethod = "close")
    TelemetryStore telemetryStore(GlobalDeskProperties properties, Clock clock) {
        return new DuckDbTelemetryStore(properties.dataDir().toAbsolutePath().normalize(), RetentionPolicy.defaults(),
                new MosEstimator(), clock);
    }
}
