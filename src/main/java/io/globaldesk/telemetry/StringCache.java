package io.globaldesk.telemetry;

import java.nio.charset.StandardCharsets;

/**
 * Shares one String per value of the low-cardinality sample fields (region, ISP, OS, device...) instead of allocating
 * one per sample: a fixed-size, direct-mapped table keyed by the value's ASCII bytes, so it can never grow. Threads
 * share it without locks: an entry is immutable and published whole, so a reader sees either a complete entry or
 * another one and then compares the bytes; a lost race only costs an allocation.
 */
final class StringCache {

    static final int MAX_VALUE_BYTES = 64;

    private record Entry(byte[] key, int length, String value) {
    }

    private final Entry[] slots;
    private final int mask;

    StringCache(int slots) {
        if (Integer.bitCount(slots) != 1) throw new IllegalArgumentException("slots must be a power of two, was " + slots);
        this.slots = new Entry[slots];
        this.mask = slots - 1;
    }

    /** The string of the ASCII bytes {@code b[from, to)}. */
    String get(byte[] b, int from, int to) {
        int n = to - from;
        if (n > MAX_VALUE_BYTES) return new String(b, from, n, StandardCharsets.ISO_8859_1);
        int s = Bytes.hash(b, from, n) & mask;
        Entry e = slots[s];
        if (e != null && e.length == n && Bytes.equalsAt(b, from, e.key, n)) return e.value;
        String value = new String(b, from, n, StandardCharsets.ISO_8859_1);
        slots[s] = new Entry(Bytes.padded(b, from, to), n, value);
        return value;
    }
}
