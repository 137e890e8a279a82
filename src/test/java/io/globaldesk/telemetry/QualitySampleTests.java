package io.globaldesk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QualitySampleTests {

    static QualitySample withOs(String os) {
        return new QualitySample(Instant.EPOCH, "a", "s", "u", null, null, null, null, null, os, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void thePlatformIsTheFirstWordOfTheOperatingSystem() {
        assertThat(withOs("Android 15").platform()).isEqualTo("Android");
        assertThat(withOs("  iOS\t18.1 ").platform()).isEqualTo("iOS");
        assertThat(withOs("Windows").platform()).isEqualTo("Windows");
        assertThat(withOs("macOS\n14").platform()).isEqualTo("macOS");
        assertThat(withOs(" \t").platform()).isEqualTo("unknown");
        assertThat(withOs(null).platform()).isEqualTo("unknown");
    }
}
