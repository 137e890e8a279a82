package io.globaldesk.telemetry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestLogTests {

    @TempDir
    Path dir;

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> texts(List<IngestLog.Entry> entries) {
        return entries.stream().map(e -> new String(e.payload(), StandardCharsets.UTF_8)).toList();
    }

    List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".wal")).sorted().toList();
        }
    }

    @Test
    void recordsSyncedBeforeAnUncleanStopAreRecoveredInOrderAcrossSegments() throws Exception {
        IngestLog log = new IngestLog(dir, 64);
        assertThat(log.recover()).isEmpty();
        long end = 0;
        for (int i = 0; i < 10; i++) end = log.append(bytes("record-" + i + "-" + "x".repeat(20)), p -> { });
        log.sync(end);
        // no close: as after kill -9

        List<IngestLog.Entry> recovered = new IngestLog(dir, 64).recover();

        assertThat(texts(recovered)).hasSize(10).first().asString().startsWith("record-0-");
        assertThat(texts(recovered).getLast()).startsWith("record-9-");
        assertThat(recovered.getLast().end()).isEqualTo(end);
        assertThat(segments()).hasSizeGreaterThan(1);
    }

    @Test
    void aTornTailIsCutOffAndAppendsContinueAfterTheLastWholeRecord() throws Exception {
        IngestLog log = new IngestLog(dir, 1 << 20);
        log.recover();
        log.sync(log.append(bytes("one"), p -> { }));
        long two = log.append(bytes("two"), p -> { });
        log.sync(two);
        log.close();
        Path segment = segments().getFirst();
        Files.write(segment, new byte[] {0, 0, 0, 50, 1, 2, 3}, StandardOpenOption.APPEND);

        IngestLog reopened = new IngestLog(dir, 1 << 20);
        assertThat(texts(reopened.recover())).containsExactly("one", "two");
        reopened.sync(reopened.append(bytes("three"), p -> { }));
        reopened.close();

        assertThat(texts(new IngestLog(dir, 1 << 20).recover())).containsExactly("one", "two", "three");
    }

    @Test
    void aCorruptRecordEndsRecoveryThere() throws Exception {
        IngestLog log = new IngestLog(dir, 1 << 20);
        log.recover();
        log.append(bytes("good"), p -> { });
        log.sync(log.append(bytes("flipped"), p -> { }));
        log.close();
        Path segment = segments().getFirst();
        byte[] all = Files.readAllBytes(segment);
        all[all.length - 1] ^= 1;
        Files.write(segment, all);

        assertThat(texts(new IngestLog(dir, 1 << 20).recover())).containsExactly("good");
    }

    @Test
    void loadedRecordsAreNotRecoveredAgainAndTheirSegmentsAreDeleted() throws Exception {
        IngestLog log = new IngestLog(dir, 40);
        log.recover();
        long end = 0;
        for (int i = 0; i < 6; i++) end = log.append(bytes("record-number-" + i), p -> { });
        log.sync(end);
        int before = segments().size();
        long fourth = new IngestLog(dir, 40).recover().get(3).end();

        log.markLoaded(fourth);
        log.close();

        assertThat(segments().size()).isLessThan(before);
        assertThat(texts(new IngestLog(dir, 40).recover())).containsExactly("record-number-4", "record-number-5");
    }

    @Test
    void concurrentWritersAreAllDurableAfterTheirSync() throws Exception {
        IngestLog log = new IngestLog(dir, 1 << 16);
        log.recover();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int writer = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) log.sync(log.append(bytes("w" + writer + "-" + i), p -> { }));
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(log.durable()).isEqualTo(log.written());

        List<String> recovered = texts(new IngestLog(dir, 1 << 16).recover());

        assertThat(recovered).hasSize(1600).doesNotHaveDuplicates();
        for (int t = 0; t < 8; t++) {
            String prefix = "w" + t + "-";
            assertThat(recovered.stream().filter(s -> s.startsWith(prefix)).toList())
                    .isEqualTo(java.util.stream.IntStream.range(0, 200).mapToObj(i -> prefix + i).toList());
        }
    }
}
