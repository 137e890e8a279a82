package io.globaldesk.telemetry;

import java.nio.charset.StandardCharsets;

/**
 * The property names a decoder knows, looked up from a name's bytes without making a String of it: an open-addressing
 * table keyed by length and three bytes, each hit confirmed by comparing the whole name.
 */
final class FieldNames {

    static final FieldNames NONE = new FieldNames();

    private final String[] names;
    private final byte[][] bytes; // each name and its closing quote, padded for Bytes.equalsAt
    private final int[] lengths;
    private final int[] slots; // index + 1, 0 for empty
    private final int mask;

    FieldNames(String... names) {
        this.names = names.clone();
        this.bytes = new byte[names.length][];
        this.lengths = new int[names.length];
        int size = Integer.highestOneBit(Math.max(4, names.length * 4) - 1) << 1;
        this.slots = new int[size];
        this.mask = size - 1;
        for (int i = 0; i < names.length; i++) {
            byte[] name = (names[i] + '"').getBytes(StandardCharsets.UTF_8);
            lengths[i] = name.length - 1;
            if (index(name, 0, lengths[i]) >= 0) throw new IllegalArgumentException("duplicate name " + names[i]);
            bytes[i] = Bytes.padded(name, 0, name.length);
            int s = hash(name, 0, lengths[i]) & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = i + 1;
        }
    }

    int size() {
        return names.length;
    }

    /** Whether the name {@code index}, then its closing quote, start at {@code b[from]}, before {@code end}. */
    boolean isAt(int index, byte[] b, int from, int end) {
        return end - from > lengths[index] && Bytes.equalsAt(b, from, bytes[index], lengths[index] + 1);
    }

    /** The length in bytes of the name {@code index}. */
    int length(int index) {
        return lengths[index];
    }

    String name(int index) {
        return names[index];
    }

    /** The index of the name in {@code b[from, to)}, or -1 when it is not one of these names. */
    int index(byte[] b, int from, int to) {
        if (names.length == 0) return -1;
        for (int s = hash(b, from, to) & mask; ; s = (s + 1) & mask) {
            int i = slots[s] - 1;
            if (i < 0) return -1;
            if (lengths[i] == to - from && Bytes.equalsAt(b, from, bytes[i], lengths[i])) return i;
        }
    }

    /** The index of a name that came with escapes, or -1. */
    int index(String name) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    private static int hash(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 0) return 0;
        return n * 31 + b[from] * 7 + b[to - 1] * 3 + b[from + (n >> 1)];
    }
}
