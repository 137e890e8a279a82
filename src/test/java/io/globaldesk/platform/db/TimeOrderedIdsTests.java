package io.globaldesk.platform.db;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTests {

    @Test
    void isAVersion7UuidCarryingItsMillisecond() {
        long at = 1_796_083_200_123L;  // 2026-12-01T00:00:00.123Z
        UUID id = TimeOrderedIds.at(at);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at);
        assertThat(id.toString()).startsWith(String.format("%08x-%04x-7", at >>> 16, at & 0xFFFF));
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnesAsTextAndAsPostgresUuids() {
        List<UUID> ids = new ArrayList<>();
        for (long ms = 1_700_000_000_000L; ms < 1_700_000_000_000L + 2_000; ms += 7) ids.add(TimeOrderedIds.at(ms));
        for (int i = 1; i < ids.size(); i++) {
            UUID earlier = ids.get(i - 1);
            UUID later = ids.get(i);
            assertThat(later.toString()).isGreaterThan(earlier.toString());
            // PostgreSQL orders uuids by their bytes, unsigned: the first 48 bits are the time
            assertThat(Long.compareUnsigned(later.getMostSignificantBits(), earlier.getMostSignificantBits())).isPositive();
        }
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        Set<Long> randomLowBits = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = TimeOrderedIds.at(1_700_000_000_000L);
            ids.add(id);
            randomLowBits.add(id.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL);
        }
        assertThat(ids).hasSize(10_000);
        assertThat(randomLowBits).hasSize(10_000);
    }

    @Test
    void nextUsesTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }
}
