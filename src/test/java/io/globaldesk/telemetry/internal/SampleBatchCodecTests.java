package io.globaldesk.telemetry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.globaldesk.telemetry.QualitySample;
import io.globaldesk.telemetry.QualitySample.NetworkType;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleBatchCodecTests {

    static QualitySample sample(Instant ts, String session, String user, Double rtt, Double loss) {
        return new QualitySample(ts, "app-1", session, user, "JP", "ap-northeast", "NTT", NetworkType.WIFI, "edge-tyo-3",
                "Android 15", "4.5.1", "Pixel 9", rtt, loss, 0.2, 5.0, 820.0, 1430.5, 24.0, 0.0, 1.25, 23.0, 41.0);
    }

    @Test
    void aBatchDecodesToEqualSamplesWithItsKey() {
        Instant t = Instant.parse("2026-11-25T03:00:00.123456789Z");
        List<QualitySample> samples = List.of(
                sample(t, "s-1", "u-1", 50.0, 0.5),
                sample(t.minusSeconds(7200), "s-1", "u-2", null, 0.1 + 0.2),
                sample(t.plusSeconds(2), "s-2", "u-1", -0.0, Double.MAX_VALUE),
                new QualitySample(t, "app-1", "s-3", "u-9", null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, 1e-9));

        byte[] encoded = SampleBatchCodec.encode("org/key-1", samples);
        SampleBatchCodec.Batch decoded = SampleBatchCodec.decode(ByteBuffer.wrap(encoded));

        assertThat(decoded.key()).isEqualTo("org/key-1");
        assertThat(decoded.samples()).isEqualTo(samples);
        assertThat(Double.doubleToRawLongBits(decoded.samples().get(2).rttMs()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void typicalSamplesTakeAFractionOfTheirJsonSize() {
        Instant t = Instant.parse("2026-11-25T03:00:00Z");
        List<QualitySample> samples = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> sample(t.plusSeconds(i / 50 * 2), "session-" + (i % 20), "user-" + (i % 50), 40.0 + i % 30, 0.5))
                .toList();

        byte[] encoded = SampleBatchCodec.encode(null, samples);

        assertThat(encoded.length / samples.size()).isLessThan(60);
        assertThat(SampleBatchCodec.decode(ByteBuffer.wrap(encoded)).samples()).isEqualTo(samples);
    }

    @Test
    void aCutOrForeignPayloadIsRefusedNotMisread() {
        byte[] encoded = SampleBatchCodec.encode("k", List.of(sample(Instant.EPOCH, "s", "u", 1.0, 1.0)));

        assertThatThrownBy(() -> SampleBatchCodec.decode(ByteBuffer.wrap(Arrays.copyOf(encoded, encoded.length - 5))))
                .isInstanceOf(BufferUnderflowException.class);
        assertThatThrownBy(() -> SampleBatchCodec.decode(ByteBuffer.wrap(new byte[] {9, 0, 0})))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
