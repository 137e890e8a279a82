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
        @DefaultValue Kafka kafka) {

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
