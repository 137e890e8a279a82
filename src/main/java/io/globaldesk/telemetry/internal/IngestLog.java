package io.globaldesk.telemetry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

/**
 * An append-only, segmented, fsync'd log of records (byte arrays). A record is framed as length, CRC32C, payload; its
 * position is the global offset just past it. Segments are files {@code <base>.wal} named by the global offset they
 * start at. {@link #sync} is a group commit: one {@code force} covers every record written before it started, and
 * callers waiting meanwhile find their record already durable. {@link #markLoaded} records (in a small checkpoint file,
 * atomically replaced) how far the records were consumed and deletes segments wholly before that point.
 */
final class IngestLog implements AutoCloseable {

    /** A recovered record and the position just past it. */
    record Entry(byte[] payload, long end) {
    }

    private static final String SUFFIX = ".wal";
    private static final int HEADER = 8;

    private final Path dir;
    private final long segmentBytes;
    private final TreeMap<Long, Path> segments = new TreeMap<>();
    private final Object writeLock = new Object();
    private final ReentrantLock syncLock = new ReentrantLock();
    private FileChannel current;
    private long currentBase;
    private volatile long written;
    private volatile long durable;
    private volatile long loaded;

    IngestLog(Path dir, long segmentBytes) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    segments.put(Long.parseLong(name.substring(0, name.length() - SUFFIX.length())), f);
                }
            }
            Path checkpoint = dir.resolve("loaded");
            loaded = Files.exists(checkpoint) ? Long.parseLong(Files.readString(checkpoint).strip()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ingest log under " + dir, e);
        }
    }

    /**
     * Reads every intact record after the loaded position, in order, and makes the log ready for appends after the last
     * one; a torn or corrupt tail (a write cut short by a crash, never acknowledged) is cut off.
     */
    List<Entry> recover() {
        List<Entry> entries = new ArrayList<>();
        long end = loaded;
        try {
            for (var it = segments.entrySet().iterator(); it.hasNext(); ) {
                var segment = it.next();
                long base = segment.getKey();
                byte[] all = Files.readAllBytes(segment.getValue());
                ByteBuffer buf = ByteBuffer.wrap(all);
                int valid = 0;
                while (buf.remaining() >= HEADER) {
                    int length = buf.getInt();
                    int crc = buf.getInt();
                    if (length < 0 || length > buf.remaining()) break;
                    CRC32C check = new CRC32C();
                    check.update(all, buf.position(), length);
                    if ((int) check.getValue() != crc) break;
                    byte[] payload = new byte[length];
                    buf.get(payload);
                    valid = buf.position();
                    if (base + valid > loaded) entries.add(new Entry(payload, base + valid));
                }
                if (valid < all.length) {
                    try (FileChannel ch = FileChannel.open(segment.getValue(), StandardOpenOption.WRITE)) {
                        ch.truncate(valid);
                        ch.force(true);
                    }
                }
                end = Math.max(end, base + valid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ingest log under " + dir, e);
        }
        written = durable = end;
        return entries;
    }

    /** Writes one record (not yet durable) and returns its end position; {@code then} runs with it under the lock. */
    long append(byte[] payload, LongConsumer then) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length);
        frame.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        synchronized (writeLock) {
            try {
                if (current == null || written - currentBase + frame.remaining() > segmentBytes && written > currentBase) {
                    roll();
                }
                long before = current.position();
                try {
                    while (frame.hasRemaining()) current.write(frame);
                } catch (IOException e) {
                    current.truncate(before);
                    current.position(before);
                    throw e;
                }
                written += HEADER + payload.length;
                then.accept(written);
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the ingest log", e);
            }
        }
    }

    /** Returns once everything up to {@code position} is on disk (one force for every caller waiting meanwhile). */
    void sync(long position) {
        if (durable >= position) return;
        syncLock.lock();
        try {
            if (durable >= position) return;
            FileChannel channel;
            long target;
            synchronized (writeLock) {
                channel = current;
                target = written;
            }
            try {
                channel.force(false);
            } catch (ClosedChannelException e) {
                // rolled meanwhile: the roll forced the segment before closing it
            }
            durable = target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync the ingest log", e);
        } finally {
            syncLock.unlock();
        }
    }

    private void roll() throws IOException {
        if (current != null) {
            current.force(false);
            current.close();
        }
        currentBase = written;
        Path file = dir.resolve("%020d%s".formatted(currentBase, SUFFIX));
        current = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        current.position(current.size());
        syncDirectory();
        synchronized (segments) {
            segments.put(currentBase, file);
        }
    }

    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be synced; the segment itself is forced
        }
    }

    long written() {
        return written;
    }

    long durable() {
        return durable;
    }

    long loaded() {
        return loaded;
    }

    /** Records that everything up to {@code position} is stored elsewhere, and deletes segments wholly before it. */
    void markLoaded(long position) {
        try {
            Path tmp = dir.resolve("loaded.tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(Long.toString(position).getBytes()));
                ch.force(true);
            }
            try {
                Files.move(tmp, dir.resolve("loaded"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve("loaded"), StandardCopyOption.REPLACE_EXISTING);
            }
            loaded = position;
            List<Path> obsolete = new ArrayList<>();
            synchronized (segments) {
                // a segment can go once the next one starts at or before the loaded position
                while (segments.size() > 1) {
                    Long first = segments.firstKey();
                    Long next = segments.higherKey(first);
                    if (next > position) break;
                    obsolete.add(segments.remove(first));
                }
            }
            for (Path p : obsolete) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the ingest log's loaded position", e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                if (current != null) {
                    current.force(false);
                    current.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the ingest log", e);
            }
        }
    }
}
