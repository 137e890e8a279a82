package io.globaldesk.telemetry.internal;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of telemetry ingest and storage ({@code globaldesk.telemetry.*}).
 *
 * @param rawRetention how long raw samples and API calls are kept
 * @param aggregateRetention how long per-minute aggregates are kept
 * @param allowedLateness how far behind the latest event time a sample may arrive and still count in its minute
 * @param maxInFlightBytes request bytes being parsed and stored at once; beyond it requests are answered 429
 * @param maxInFlightRows parsed rows waiting to be stored at once; beyond it requests are answered 429
 * @param maxRequestBytes the largest request body accepted (413 above it)
 * @param maxLineBytes the longest NDJSON line accepted; a longer line is rejected alone
 * @param retryAfter what {@code Retry-After} tells an overloaded client
 * @param appOwnerCacheTtl how long the owner of an app id is remembered
 * @param kafka the optional Kafka transport
 * @param writeAheadLog the write-ahead log in front of the store
 */
@ConfigurationProperties("globaldesk.telemetry")
public record TelemetrySettings(
        @DefaultValue("P30D") Period rawRetention,
        @DefaultValue("P13M") Period aggregateRetention,
        @DefaultValue("30s") Duration allowedLateness,
        @DefaultValue("268435456") long maxInFlightBytes,
        @DefaultValue("2000000") long maxInFlightRows,
        @DefaultValue("33554432") long maxRequestBytes,
        @DefaultValue("65536") int maxLineBytes,
        @DefaultValue("1s") Duration retryAfter,
        @DefaultValue("60s") Duration appOwnerCacheTtl,
        @DefaultValue Kafka kafka,
        @DefaultValue WriteAheadLog writeAheadLog) {

    /**
     * @param enabled whether accepted samples are acknowledged once fsync'd in the write-ahead log (and loaded into the
     *     store in the background) instead of once committed in the store
     * @param maxUnloadedBytes log bytes not yet loaded beyond which ingest answers 429 until the loader catches up
     * @param segmentBytes size at which a log segment is closed and a new one begun
     * @param loadInterval how long the loader lets batches gather before loading them
     * @param loadRows how many gathered rows make the loader load at once
     */
    public record WriteAheadLog(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("33554432") long maxUnloadedBytes,
            @DefaultValue("67108864") long segmentBytes,
            @DefaultValue("200ms") Duration loadInterval,
            @DefaultValue("50000") int loadRows) {
    }

    /**
     * @param enabled whether GlobalDesk consumes telemetry from Kafka
     * @param bootstrapServers the brokers
     * @param groupId the consumer group
     * @param samplesTopic NDJSON quality samples, one or more lines a record
     * @param apiCallsTopic NDJSON API-call events
     * @param deadLetterTopic where refused records go, with the reason in headers; empty: only counted
     */
    public record Kafka(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("localhost:9092") String bootstrapServers,
            @DefaultValue("globaldesk-telemetry") String groupId,
            @DefaultValue("globaldesk.telemetry.samples") String samplesTopic,
            @DefaultValue("globaldesk.telemetry.api-calls") String apiCallsTopic,
            @DefaultValue("globaldesk.telemetry.dead-letter") String deadLetterTopic) {
    }
}
