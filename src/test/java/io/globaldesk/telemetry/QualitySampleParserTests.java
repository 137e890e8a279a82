package io.globaldesk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualitySampleParserTests {

    static final String GOOD = """
            {"ts":"2026-11-25T03:00:02Z","appId":"app-42","sessionId":"chan-991:1732503600","userId":"u-17",\
            "country":"JP","region":"ap-northeast","isp":"NTT","networkType":"WIFI","edgeNode":"edge-tyo-3",\
            "os":"Android 15","sdkVersion":"4.5.1","device":"Pixel 9",\
            "rttMs":48,"uplinkLossPct":0.4,"downlinkLossPct":0.2,"jitterMs":6,\
            "sendBitrateKbps":820,"recvBitrateKbps":1430,"fps":24,\
            "audioFreezeRatePct":0.0,"videoFreezeRatePct":1.2,"cpuAppPct":23,"cpuSystemPct":41}""";

    private final QualitySampleParser parser = new QualitySampleParser();

    private ParsedBatch<QualitySample> parse(String body) {
        return parser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryFieldOfTheContractExample() {
        ParsedBatch<QualitySample> batch = parse(GOOD + "\n");

        assertThat(batch.result()).isEqualTo(new IngestResult(1, 0, List.of()));
        QualitySample s = batch.records().getFirst();
        assertThat(s).isEqualTo(new QualitySample(Instant.parse("2026-11-25T03:00:02Z"), "app-42", "chan-991:1732503600",
                "u-17", "JP", "ap-northeast", "NTT", QualitySample.NetworkType.WIFI, "edge-tyo-3", "Android 15", "4.5.1",
                "Pixel 9", 48.0, 0.4, 0.2, 6.0, 820.0, 1430.0, 24.0, 0.0, 1.2, 23.0, 41.0));
    }

    @Test
    void rejectsBadLinesWithTheirNumberAndReasonAndKeepsTheGoodOnes() {
        String body = String.join("\n",
                GOOD,
                "{\"ts\":\"2026-11-25T03:00:02Z\",\"appId\":",
                GOOD.replace("\"ts\":\"2026-11-25T03:00:02Z\",", ""),
                GOOD.replace("\"uplinkLossPct\":0.4", "\"uplinkLossPct\":-1"),
                GOOD.replace("\"downlinkLossPct\":0.2", "\"downlinkLossPct\":100.5"),
                GOOD.replace("\"WIFI\"", "\"CARRIER_PIGEON\""),
                GOOD.replace("\"rttMs\":48", "\"rttMs\":\"fast\""),
                GOOD.replace("\"userId\":\"u-17\"", "\"userId\":\"\""),
                GOOD.replace("\"ts\":\"2026-11-25T03:00:02Z\"", "\"ts\":\"yesterday\""),
                "[1,2,3]",
                GOOD + " {}",
                GOOD);

        ParsedBatch<QualitySample> batch = parse(body);

        assertThat(batch.result().accepted()).isEqualTo(2);
        assertThat(batch.result().rejected()).isEqualTo(10);
        assertThat(batch.records()).hasSize(2);
        assertThat(batch.result().errors()).extracting(LineError::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(batch.result().errors()).extracting(LineError::message).satisfiesExactly(
                m -> assertThat(m).startsWith("bad JSON"),
                m -> assertThat(m).isEqualTo("ts is required"),
                m -> assertThat(m).isEqualTo("uplinkLossPct must not be negative, was -1.0"),
                m -> assertThat(m).isEqualTo("downlinkLossPct must be at most 100 (%), was 100.5"),
                m -> assertThat(m).contains("networkType must be one of").contains("CARRIER_PIGEON"),
                m -> assertThat(m).isEqualTo("rttMs must be a number"),
                m -> assertThat(m).isEqualTo("userId is required"),
                m -> assertThat(m).contains("ts must be an ISO-8601 instant").contains("yesterday"),
                m -> assertThat(m).isEqualTo("line is not a JSON object"),
                m -> assertThat(m).isEqualTo("line has content after the JSON object"));
    }

    @Test
    void rejectsAOneMegabyteLineWithoutLosingTheLinesAround() {
        String huge = "{\"ts\":\"2026-11-25T03:00:02Z\",\"pad\":\"" + "x".repeat(1 << 20) + "\"}";
        ParsedBatch<QualitySample> batch = parse(GOOD + "\n" + huge + "\n" + GOOD + "\n");

        assertThat(batch.records()).hasSize(2);
        assertThat(batch.result().errors()).containsExactly(new LineError(2, "line is longer than 65536 bytes"));
    }

    @Test
    void neverHoldsAnOversizedLineInMemory() {
        // more than any Java array can hold: a reader that buffered the line whole would fail here
        long size = Integer.MAX_VALUE + 100_000_000L;
        InputStream body = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        ParsedBatch<QualitySample> batch = parser.parse(new SequenceInputStream(body,
                new ByteArrayInputStream(("\n" + GOOD).getBytes(StandardCharsets.UTF_8))));

        assertThat(batch.result().rejected()).isEqualTo(1);
        assertThat(batch.result().errors().getFirst().line()).isEqualTo(1);
        assertThat(batch.records()).hasSize(1);
    }

    @Test
    void ignoresBlankLinesAndAcceptsCrlfAndALeadingBom() {
        String body = "\uFEFF" + GOOD + "\r\n\r\n   \n" + GOOD + "\r\n" + GOOD;

        ParsedBatch<QualitySample> batch = parse(body);

        assertThat(batch.result()).isEqualTo(new IngestResult(3, 0, List.of()));
    }

    @Test
    void countsLinesAfterBlankOnesByTheirPhysicalNumber() {
        ParsedBatch<QualitySample> batch = parse(GOOD + "\n\n{oops}\n");

        assertThat(batch.result().errors()).extracting(LineError::line).containsExactly(3L);
    }

    @Test
    void acceptsMissingOptionalFieldsAsNullAndSkipsUnknownOnes() {
        String line = "{\"ts\":\"2026-11-25T03:00:02.250Z\",\"appId\":\"a\",\"sessionId\":\"s\",\"userId\":\"u\","
                + "\"future\":{\"nested\":[1,2]},\"rttMs\":null}";

        QualitySample s = parse(line).records().getFirst();

        assertThat(s.ts()).isEqualTo(Instant.parse("2026-11-25T03:00:02.250Z"));
        assertThat(s.rttMs()).isNull();
        assertThat(s.networkType()).isNull();
        assertThat(s.platform()).isEqualTo("unknown");
    }

    @Test
    void acceptsInstantsWithAnOffsetAndRejectsImpossibleDates() {
        String base = "{\"appId\":\"a\",\"sessionId\":\"s\",\"userId\":\"u\",\"ts\":";
        ParsedBatch<QualitySample> batch = parse(base + "\"2026-11-25T12:00:02+09:00\"}\n" + base + "\"2026-02-30T00:00:00Z\"}\n"
                + base + "\"2028-02-29T23:59:59Z\"}");

        assertThat(batch.records()).extracting(QualitySample::ts)
                .containsExactly(Instant.parse("2026-11-25T03:00:02Z"), Instant.parse("2028-02-29T23:59:59Z"));
        assertThat(batch.result().errors()).extracting(LineError::line).containsExactly(2L);
    }

    @Test
    void listsAtMostAThousandErrorsButCountsThemAll() {
        String body = "nope\n".repeat(1500);

        IngestResult r = parse(body).result();

        assertThat(r.rejected()).isEqualTo(1500);
        assertThat(r.errors()).hasSize(IngestResult.MAX_LISTED_ERRORS);
    }
}
