package io.globaldesk.telemetry.internal;

import io.globaldesk.telemetry.IngestResult;
import io.globaldesk.telemetry.LineError;
import io.globaldesk.telemetry.TelemetryIngest;
import io.globaldesk.telemetry.TelemetryIngest.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes NDJSON telemetry from Kafka (one or more lines a record) through the same validation, gate and store as HTTP.
 * Each partition's part of a poll is one ingest batch, keyed by its offsets so that a redelivered batch is not stored
 * twice. Offsets are committed only after the batch is durable; a refused record is sent to the dead-letter topic with
 * the reasons in headers (and counted), never dropped silently. When the gate is full or the store fails, the partition
 * is rewound and retried.
 */
public final class KafkaTelemetryConsumer implements AutoCloseable {

    public static final String ERROR_HEADER = "globaldesk-error";
    public static final String SOURCE_HEADER = "globaldesk-source";

    private static final Logger log = LoggerFactory.getLogger(KafkaTelemetryConsumer.class);

    private final TelemetrySettings.Kafka settings;
    private final TelemetryIngest ingest;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean running;
    private KafkaConsumer<byte[], byte[]> consumer;
    private KafkaProducer<byte[], byte[]> deadLetters;
    private Thread thread;

    public KafkaTelemetryConsumer(TelemetrySettings.Kafka settings, TelemetryIngest ingest) {
        this.settings = settings;
        this.ingest = ingest;
    }

    public synchronized void start() {
        if (running) return;
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(c);
        if (!settings.deadLetterTopic().isBlank()) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            deadLetters = new KafkaProducer<>(p);
        }
        running = true;
        thread = Thread.ofPlatform().name("telemetry-kafka").daemon().start(this::run);
    }

    /** Lines stored from Kafka so far. */
    public long accepted() {
        return accepted.get();
    }

    /** Lines refused (bad format or range) so far; each is in the dead-letter topic when one is configured. */
    public long rejected() {
        return rejected.get();
    }

    /** Records sent to the dead-letter topic so far. */
    public long deadLettered() {
        return deadLettered.get();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(settings.samplesTopic(), settings.apiCallsTopic()));
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) continue;
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (TopicPartition partition : records.partitions()) {
                    List<ConsumerRecord<byte[], byte[]>> batch = records.records(partition);
                    if (ingest(partition, batch)) {
                        done.put(partition, new OffsetAndMetadata(batch.getLast().offset() + 1));
                    } else {
                        consumer.seek(partition, batch.getFirst().offset());
                    }
                }
                if (deadLetters != null) deadLetters.flush();
                if (!done.isEmpty()) consumer.commitSync(done);
            }
        } catch (WakeupException e) {
            if (running) log.error("Kafka telemetry consumer woken up unexpectedly", e);
        } catch (RuntimeException e) {
            log.error("Kafka telemetry consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Ingests one partition's records; false when they must be retried (nothing of them was stored). */
    private boolean ingest(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> batch) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long[] firstLine = new long[batch.size()];
        long line = 1;
        for (int i = 0; i < batch.size(); i++) {
            byte[] value = batch.get(i).value();
            int length = value == null ? 0 : value.length;
            while (length > 0 && (value[length - 1] == '\n' || value[length - 1] == '\r')) length--;
            firstLine[i] = line;
            if (length > 0) body.write(value, 0, length);
            body.write('\n');
            for (int b = 0; b < length; b++) if (value[b] == '\n') line++;
            line++;
        }
        byte[] bytes = body.toByteArray();
        String key = "kafka/" + partition.topic() + "/" + partition.partition() + "/" + batch.getFirst().offset()
                + "-" + batch.getLast().offset();
        Outcome outcome;
        try {
            outcome = partition.topic().equals(settings.apiCallsTopic())
                    ? ingest.apiCalls(new ByteArrayInputStream(bytes), bytes.length, key)
                    : ingest.samples(new ByteArrayInputStream(bytes), bytes.length, key);
        } catch (RuntimeException e) {
            log.warn("Storing {} Kafka records of {} failed; they will be retried", batch.size(), partition, e);
            pause();
            return false;
        }
        return switch (outcome) {
            case Outcome.Accepted a -> {
                if (!a.duplicate()) accepted.addAndGet(a.result().accepted());
                refuse(partition, batch, firstLine, a.result());
                yield true;
            }
            case Outcome.Overloaded o -> {
                sleep(o.retryAfter());
                yield false;
            }
            case Outcome.TooLarge t -> {
                List<LineError> all = new ArrayList<>();
                for (long l : firstLine) all.add(new LineError(l, t.reason()));
                refuse(partition, batch, firstLine, new IngestResult(0, all.size(), all));
                yield true;
            }
        };
    }

    private void refuse(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> batch, long[] firstLine,
                        IngestResult result) {
        if (result.rejected() == 0) return;
        rejected.addAndGet(result.rejected());
        if (deadLetters == null) return;
        Map<Integer, List<String>> reasons = new HashMap<>();
        for (LineError error : result.errors()) {
            int index = recordOf(firstLine, error.line());
            reasons.computeIfAbsent(index, i -> new ArrayList<>()).add("line " + (error.line() - firstLine[index] + 1)
                    + ": " + error.message());
        }
        for (var entry : reasons.entrySet()) {
            ConsumerRecord<byte[], byte[]> record = batch.get(entry.getKey());
            ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(settings.deadLetterTopic(), record.key(), record.value());
            dead.headers().add(ERROR_HEADER, String.join("; ", entry.getValue()).getBytes(StandardCharsets.UTF_8));
            dead.headers().add(SOURCE_HEADER, (partition.topic() + "/" + partition.partition() + "/" + record.offset())
                    .getBytes(StandardCharsets.UTF_8));
            deadLetters.send(dead);
            deadLettered.incrementAndGet();
        }
    }

    private static int recordOf(long[] firstLine, long line) {
        int lo = 0, hi = firstLine.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstLine[mid] <= line) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private void pause() {
        sleep(Duration.ofSeconds(1));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (!running) return;
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (deadLetters != null) deadLetters.close(Duration.ofSeconds(5));
    }
}
