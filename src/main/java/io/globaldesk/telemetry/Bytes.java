package io.globaldesk.telemetry;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte scans of NDJSON that test eight bytes at a time (SWAR: bit tricks on a long), because a line is a few hundred
 * bytes and a byte-at-a-time loop with an early exit is not vectorised by the JIT. The first flagged byte is exact: a
 * false positive can only appear above a true one.
 */
final class Bytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L, HIGHS = 0x8080_8080_8080_8080L;
    private static final long NEWLINES = ONES * '\n', QUOTES = ONES * '"', BACKSLASHES = ONES * '\\', SPACES = ONES * 0x20;

    private Bytes() {
    }

    /** The index of the first {@code '\n'} in {@code b[from, to)}, or -1. */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long found = zeroBytes((long) LONGS.get(b, i) ^ NEWLINES);
            if (found != 0) return i + (Long.numberOfTrailingZeros(found) >>> 3);
        }
        for (; i < to; i++) if (b[i] == '\n') return i;
        return -1;
    }

    /**
     * The index of the first byte in {@code b[from, to)} that is a double quote, a backslash, a control character or
     * not ASCII: where a plain JSON string ends or stops being plain. {@code to} when there is none.
     */
    static int indexOfStringSpecial(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i);
            long found = zeroBytes(x ^ QUOTES) | zeroBytes(x ^ BACKSLASHES) | ((x - SPACES) & ~x & HIGHS) | (x & HIGHS);
            if (found != 0) return i + (Long.numberOfTrailingZeros(found) >>> 3);
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"' || c == '\\' || c < 0x20) return i;
        }
        return to;
    }

    /** A hash of {@code b[from, from + n)} from at most its first and last eight bytes, for caches of short values. */
    static int hash(byte[] b, int from, int n) {
        long h;
        if (n >= 8) {
            h = (long) LONGS.get(b, from) * 31 + (long) LONGS.get(b, from + n - 8);
        } else if (from + 8 <= b.length) {
            h = (long) LONGS.get(b, from) & ((1L << (n << 3)) - 1);
        } else {
            h = 0;
            for (int i = from; i < from + n; i++) h = h * 31 + b[i];
        }
        h += n; // then MurmurHash3's finaliser, so that every input bit moves the slot bits
        h = (h ^ (h >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
        return (int) (h ^ (h >>> 33));
    }

    /** A copy of {@code b[from, to)} padded with zeros to a multiple of eight bytes, as {@link #equalsAt} wants keys. */
    static byte[] padded(byte[] b, int from, int to) {
        byte[] key = new byte[(to - from + 7) & ~7];
        System.arraycopy(b, from, key, 0, to - from);
        return key;
    }

    /**
     * Whether {@code a[from, from + n)} equals the first {@code n} bytes of {@code key} (made by {@link #padded}); the
     * caller ensures those bytes of {@code a} exist. Compares eight bytes at a time, masking the bytes past {@code n}.
     */
    static boolean equalsAt(byte[] a, int from, byte[] key, int n) {
        if (from + key.length > a.length) {
            for (int i = 0; i < n; i++) if (a[from + i] != key[i]) return false;
            return true;
        }
        for (int i = 0; i < n; i += 8) {
            long x = (long) LONGS.get(a, from + i) ^ (long) LONGS.get(key, i);
            int left = n - i;
            if (left < 8) x &= (1L << (left << 3)) - 1;
            if (x != 0) return false;
        }
        return true;
    }

    /** High bit set in each byte of {@code x} that is zero (and possibly in bytes above a zero one). */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
