package io.globaldesk.telemetry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.telemetry.ApiCallEventParser;
import io.globaldesk.telemetry.IngestGate;
import io.globaldesk.telemetry.QualitySampleParser;
import io.globaldesk.telemetry.RollingAggregator;
import io.globaldesk.telemetry.TelemetryIngest;
import io.globaldesk.telemetry.duckdb.DuckDbTelemetryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The Kafka transport against an embedded KRaft broker (offline, in this JVM) and a real DuckDB store. */
class KafkaTelemetryConsumerTests {

    static final String SAMPLES = "telemetry-samples", CALLS = "telemetry-api-calls", DEAD = "telemetry-dead";
    static EmbeddedKafkaKraftBroker broker;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, SAMPLES, CALLS, DEAD);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    static String sample(String session, String user, String ts, double loss) {
        return "{\"ts\":\"" + ts + "\",\"appId\":\"app-k\",\"sessionId\":\"" + session + "\",\"userId\":\"" + user
                + "\",\"region\":\"eu-west\",\"isp\":\"Vodafone\",\"edgeNode\":\"edge-dub-1\",\"rttMs\":40,"
                + "\"uplinkLossPct\":" + loss + ",\"downlinkLossPct\":0.1,\"jitterMs\":5}";
    }

    @Test
    void recordsSentToTheTopicAreStoredAndBadOnesGoToTheDeadLetterTopicWithTheirReason() throws Exception {
        try (DuckDbTelemetryStore store = new DuckDbTelemetryStore(dataDir)) {
            TelemetryIngest ingest = new TelemetryIngest(new QualitySampleParser(), new ApiCallEventParser(), store,
                    new IngestGate(64 << 20, 1_000_000, Duration.ofMillis(100)),
                    new RollingAggregator(store, Duration.ofSeconds(30), closed -> { }));
            var settings = new TelemetrySettings.Kafka(true, broker.getBrokersAsString(), "gd-test", SAMPLES, CALLS, DEAD);
            String ts = "2026-11-25T03:00:02Z";
            try (KafkaTelemetryConsumer consumer = new KafkaTelemetryConsumer(settings, ingest);
                 KafkaProducer<String, String> producer = producer()) {
                consumer.start();
                producer.send(new ProducerRecord<>(SAMPLES, "a", sample("kafka-s1", "u-1", ts, 0.5)));
                producer.send(new ProducerRecord<>(SAMPLES, "b", sample("kafka-s1", "u-2", ts, 150)));
                producer.send(new ProducerRecord<>(SAMPLES, "c", sample("kafka-s1", "u-3", ts, 1.0) + "\n"
                        + sample("kafka-s1", "u-4", "2026-11-25T03:00:04Z", 1.0) + "\n"));
                producer.send(new ProducerRecord<>(SAMPLES, "d", "{not json"));
                producer.send(new ProducerRecord<>(CALLS, "e", "{\"ts\":\"" + ts + "\",\"appId\":\"app-k\",\"api\":\"join\","
                        + "\"region\":\"eu-west\",\"status\":\"OK\",\"latencyMs\":12}"));
                producer.flush();

                await(() -> consumer.accepted() >= 4 && consumer.deadLettered() >= 2);

                assertThat(store.sessionSamples("kafka-s1")).extracting(s -> s.userId())
                        .containsExactlyInAnyOrder("u-1", "u-3", "u-4");
                assertThat(consumer.accepted()).isEqualTo(4);
                assertThat(consumer.rejected()).isEqualTo(2);
                List<ConsumerRecord<String, String>> dead = deadLetters(2);
                assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("b", "d");
                ConsumerRecord<String, String> loss = dead.stream().filter(r -> r.key().equals("b")).findFirst().orElseThrow();
                assertThat(new String(loss.headers().lastHeader(KafkaTelemetryConsumer.ERROR_HEADER).value(),
                        StandardCharsets.UTF_8)).contains("uplinkLossPct");
                assertThat(loss.value()).contains("u-2");
            }
        }
    }

    static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    static List<ConsumerRecord<String, String>> deadLetters(int expected) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-reader");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            consumer.subscribe(List.of(DEAD));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(100);
    }
}
