package io.globaldesk.telemetry.internal;

import io.globaldesk.telemetry.QualitySample;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact binary form of one accepted batch in the {@link IngestLog}: its idempotency key, a dictionary of the
 * batch's distinct strings, then per sample the time (seconds as a varint delta from the batch's first, nanos), the
 * strings as dictionary indexes, the network type, and each optional number either as a varint of hundredths (when
 * that is exact, the usual case) or as the raw 8-byte double. Decoding gives back equal samples.
 */
final class SampleBatchCodec {

    static final int VERSION = 1;
    private static final QualitySample.NetworkType[] NETWORK_TYPES = QualitySample.NetworkType.values();

    /** A decoded batch. */
    record Batch(String key, List<QualitySample> samples) {
    }

    private SampleBatchCodec() {
    }

    static byte[] encode(String key, List<QualitySample> samples) {
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> strings = new ArrayList<>();
        Out body = new Out(samples.size() * 80 + 64);
        long base = samples.isEmpty() ? 0 : samples.getFirst().ts().getEpochSecond();
        for (QualitySample s : samples) {
            body.zigzag(s.ts().getEpochSecond() - base);
            body.varint(s.ts().getNano());
            for (String v : new String[] {s.appId(), s.sessionId(), s.userId(), s.country(), s.region(), s.isp(),
                    s.edgeNode(), s.os(), s.sdkVersion(), s.device()}) {
                if (v == null) {
                    body.varint(0);
                } else {
                    Integer index = dictionary.get(v);
                    if (index == null) {
                        index = strings.size() + 1;
                        dictionary.put(v, index);
                        strings.add(v);
                    }
                    body.varint(index);
                }
            }
            body.varint(s.networkType() == null ? 0 : s.networkType().ordinal() + 1);
            Double[] numbers = numbers(s);
            long kinds = 0;
            for (int i = 0; i < numbers.length; i++) {
                Double d = numbers[i];
                long kind = d == null ? 0 : hundredths(d) != Long.MIN_VALUE ? 1 : 2;
                kinds |= kind << (2 * i);
            }
            body.varint(kinds);
            for (Double d : numbers) {
                if (d == null) continue;
                long h = hundredths(d);
                if (h != Long.MIN_VALUE) body.zigzag(h);
                else body.fixed64(Double.doubleToRawLongBits(d));
            }
        }
        Out head = new Out(256 + strings.size() * 24);
        head.varint(VERSION);
        head.string(key);
        head.varint(samples.size());
        head.zigzag(base);
        head.varint(strings.size());
        for (String v : strings) head.string(v);
        byte[] out = Arrays.copyOf(head.bytes, head.size + body.size);
        System.arraycopy(body.bytes, 0, out, head.size, body.size);
        return out;
    }

    static Batch decode(ByteBuffer in) {
        int version = (int) varint(in);
        if (version != VERSION) throw new IllegalArgumentException("unknown batch encoding version " + version);
        String key = string(in);
        int count = (int) varint(in);
        long base = zigzag(in);
        int n = (int) varint(in);
        String[] strings = new String[n + 1];
        for (int i = 1; i <= n; i++) strings[i] = string(in);
        List<QualitySample> samples = new ArrayList<>(count);
        String[] s = new String[10];
        Double[] d = new Double[11];
        for (int r = 0; r < count; r++) {
            long seconds = base + zigzag(in);
            Instant ts = Instant.ofEpochSecond(seconds, varint(in));
            for (int i = 0; i < s.length; i++) s[i] = strings[(int) varint(in)];
            int network = (int) varint(in);
            long kinds = varint(in);
            for (int i = 0; i < d.length; i++) {
                int kind = (int) (kinds >>> (2 * i)) & 3;
                d[i] = switch (kind) {
                    case 0 -> null;
                    case 1 -> zigzag(in) / 100.0;
                    case 2 -> Double.longBitsToDouble(in.getLong());
                    default -> throw new IllegalArgumentException("bad number kind " + kind);
                };
            }
            samples.add(new QualitySample(ts, s[0], s[1], s[2], s[3], s[4], s[5],
                    network == 0 ? null : NETWORK_TYPES[network - 1], s[6], s[7], s[8], s[9],
                    d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10]));
        }
        return new Batch(key, samples);
    }

    private static Double[] numbers(QualitySample s) {
        return new Double[] {s.rttMs(), s.uplinkLossPct(), s.downlinkLossPct(), s.jitterMs(), s.sendBitrateKbps(),
                s.recvBitrateKbps(), s.fps(), s.audioFreezeRatePct(), s.videoFreezeRatePct(), s.cpuAppPct(),
                s.cpuSystemPct()};
    }

    /** The value in hundredths when that gives it back exactly, else {@link Long#MIN_VALUE}. */
    private static long hundredths(double v) {
        if (!(Math.abs(v) < 1e13)) return Long.MIN_VALUE;
        double scaled = Math.rint(v * 100);
        long h = (long) scaled;
        return h / 100.0 == v && Double.doubleToRawLongBits(h / 100.0) == Double.doubleToRawLongBits(v) ? h : Long.MIN_VALUE;
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) return value;
        }
        throw new IllegalArgumentException("varint too long");
    }

    private static long zigzag(ByteBuffer in) {
        long v = varint(in);
        return (v >>> 1) ^ -(v & 1);
    }

    private static String string(ByteBuffer in) {
        int length = (int) varint(in);
        if (length == 0) return null;
        byte[] bytes = new byte[length - 1];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A growable byte buffer with varint writers. */
    private static final class Out {
        byte[] bytes;
        int size;

        Out(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        private void ensure(int more) {
            if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void fixed64(long v) {
            ensure(8);
            for (int i = 7; i >= 0; i--) bytes[size++] = (byte) (v >>> (8 * i));
        }

        void string(String v) {
            if (v == null) {
                varint(0);
                return;
            }
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            varint(b.length + 1L);
            ensure(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }
    }
}
