package io.globaldesk.telemetry.internal;

import io.globaldesk.platform.GlobalDeskProperties;
import io.globaldesk.telemetry.ApiCallEventParser;
import io.globaldesk.telemetry.IngestGate;
import io.globaldesk.telemetry.MosEstimator;
import io.globaldesk.telemetry.QualitySampleParser;
import io.globaldesk.telemetry.RetentionPolicy;
import io.globaldesk.telemetry.RollingAggregator;
import io.globaldesk.telemetry.TelemetryIngest;
import io.globaldesk.telemetry.TelemetryStore;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The telemetry store (DuckDB under {@code <data-dir>/telemetry}), the ingest pipeline and the rolling aggregator. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelemetrySettings.class)
class TelemetryConfiguration {

    @Bean
    MosEstimator mosEstimator() {
        return new MosEstimator();
    }

    @Bean(destroyMethod = "close")
    TelemetryStore telemetryStore(GlobalDeskProperties properties, TelemetrySettings settings, MosEstimator mos,
                                  Clock clock) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir,
                new RetentionPolicy(settings.rawRetention(), settings.aggregateRetention()), mos, clock);
        TelemetrySettings.WriteAheadLog wal = settings.writeAheadLog();
        if (!wal.enabled()) return store;
        return new WriteAheadTelemetryStore(store, dataDir, new WriteAheadTelemetryStore.Options(wal.maxUnloadedBytes(),
                wal.segmentBytes(), wal.loadInterval(), wal.loadRows()));
    }

    @Bean
    IngestGate ingestGate(TelemetrySettings settings, TelemetryStore store) {
        if (store instanceof WriteAheadTelemetryStore wal) {
            return new IngestGate(settings.maxInFlightBytes(), settings.maxInFlightRows(), settings.retryAfter(),
                    wal::unloadedBytes, wal.maxUnloadedBytes());
        }
        return new IngestGate(settings.maxInFlightBytes(), settings.maxInFlightRows(), settings.retryAfter());
    }

    /**
     * Closed windows are announced as application events inside a transaction, so that both plain event listeners and
     * Spring Modulith's transactional {@code @ApplicationModuleListener}s receive them.
     */
    @Bean
    RollingAggregator rollingAggregator(TelemetryStore store, TelemetrySettings settings,
                                        ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return new RollingAggregator(store, settings.allowedLateness(),
                closed -> tx.executeWithoutResult(status -> events.publishEvent(closed)));
    }

    @Bean
    TelemetryIngest telemetryIngest(TelemetrySettings settings, TelemetryStore store, IngestGate gate,
                                    RollingAggregator aggregator) {
        return new TelemetryIngest(new QualitySampleParser(settings.maxLineBytes()),
                new ApiCallEventParser(settings.maxLineBytes()), store, gate, aggregator);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnBooleanProperty("globaldesk.telemetry.kafka.enabled")
    KafkaTelemetryConsumer kafkaTelemetryConsumer(TelemetrySettings settings, TelemetryIngest ingest) {
        return new KafkaTelemetryConsumer(settings.kafka(), ingest);
    }
}
