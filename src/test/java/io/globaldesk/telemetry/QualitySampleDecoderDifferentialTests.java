package io.globaldesk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.globaldesk.bench.SampleGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Holds the hand-written decoder to the Jackson one it replaced: generated sample lines, and the same lines broken in
 * random ways, must give equal samples from both or be refused by both, for the same rule unless both call it bad JSON.
 */
class QualitySampleDecoderDifferentialTests {

    private static final String[] SNIPPETS = {
            "\"x\":{\"a\":[1,2.5,{\"b\":null,\"c\":true}],\"d\":\"e\"},", "\"rttMs\":-0,", "\"rttMs\":1e400,", "\"rttMs\":-0.0,",
            "\"region\":\"\\u00e9\\ud83d\\ude00\\n\",", "\"region\":\"caf\u00e9 \uD83D\uDE00\",", "\"x\":[],", "\"x\":{},",
            "\"\\u0074s\":\"2026-11-25T03:00:02.5Z\",", "\"ts\":\"2026-11-25T12:00:02+09:00\",", "\"fps\":null,",
            "\"networkType\":\"CELLULAR_5G\",", "\"networkType\":\"\\u0057IFI\",", "\"cpuAppPct\":100,", "\"cpuAppPct\":1E2,",
            "\"jitterMs\":4.9e-324,", "\"jitterMs\":2.2250738585072011e-308,", "\"jitterMs\":123456789012345678901234,",
            "\"os\":\"\",", "\"device\":\"\\\"quoted\\\" \\/ \\\\ \\b\\f\\r\\t\",", " \"isp\" : \"NTT\" ,", "\"isp\":\t\"KDDI\",",
            "\"ts\":\"2026-02-29T00:00:00Z\",", "\"ts\":\"2028-02-29T23:59:59.999999999Z\",", "\"ts\":\"1970-01-01T00:00:00Z\","};
    private static final byte[] NOISE = {'"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\t', 0, 1, 0x7F, (byte) 0x80, (byte) 0xC3,
            (byte) 0xA9, (byte) 0xE2, (byte) 0xED, (byte) 0xF0, (byte) 0xFF, '-', '+', '0', '9', '.', 'e', 'E', 'n', 't', 'u', 'x'};

    private final JacksonQualitySampleDecoder reference = new JacksonQualitySampleDecoder();
    private final QualitySampleDecoder decoder = new QualitySampleDecoder();

    @Test
    void decodesGeneratedLinesAsJacksonDoes() {
        List<byte[]> lines = generatedLines(20_000);

        for (byte[] line : lines) assertSameOutcome(line);
    }

    @Test
    void refusesOrAcceptsRandomlyBrokenLinesAsJacksonDoes() {
        SplittableRandom random = new SplittableRandom(42);
        List<byte[]> lines = generatedLines(2_000);
        int rejected = 0;
        for (int round = 0; round < 60_000; round++) {
            byte[] line = mutate(lines.get(random.nextInt(lines.size())), random);
            if (!assertSameOutcome(line)) rejected++;
        }
        // the mutations must exercise both outcomes, or the comparison proves little
        assertThat(rejected).isBetween(12_000, 54_000);
    }

    @Test
    void readsNumbersBitForBitAsParseDouble() {
        SplittableRandom random = new SplittableRandom(7);
        String prefix = "{\"ts\":\"2026-11-25T03:00:02Z\",\"appId\":\"a\",\"sessionId\":\"s\",\"userId\":\"u\",\"jitterMs\":";
        for (int i = 0; i < 100_000; i++) {
            String number = randomNumber(random);
            byte[] line = (prefix + number + "}").getBytes(StandardCharsets.US_ASCII);
            assertSameOutcome(line);
            double expected = Double.parseDouble(number);
            if (Double.isInfinite(expected)) {
                assertThatThrownBy(() -> decoder.decode(line, 0, line.length)).hasMessage("jitterMs must be a finite number");
            } else if (number.contains(".") || number.contains("e") || number.contains("E")) {
                assertThat(Double.doubleToRawLongBits(decoder.decode(line, 0, line.length).jitterMs()))
                        .as(number).isEqualTo(Double.doubleToRawLongBits(expected));
            }
        }
    }

    private static String randomNumber(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> Double.toString(Math.abs(random.nextDouble() * Math.pow(10, random.nextInt(-30, 30))));
            case 1 -> Double.toString(Double.longBitsToDouble(random.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL));
            default -> {
                StringBuilder sb = new StringBuilder();
                int intDigits = 1 + random.nextInt(random.nextBoolean() ? 3 : 25);
                sb.append(1 + random.nextInt(9));
                for (int k = 1; k < intDigits; k++) sb.append(random.nextInt(10));
                if (random.nextBoolean()) {
                    sb.append('.');
                    int fraction = 1 + random.nextInt(random.nextBoolean() ? 4 : 22);
                    for (int k = 0; k < fraction; k++) sb.append(random.nextInt(10));
                }
                if (random.nextInt(3) == 0) sb.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : "")
                        .append(random.nextInt(random.nextBoolean() ? 30 : 400));
                yield random.nextInt(10) == 0 ? "0." + sb.toString().replace(".", "") : sb.toString();
            }
        };
    }

    private List<byte[]> generatedLines(int count) {
        List<byte[]> lines = new ArrayList<>();
        for (QualitySample s : new SampleGenerator(11, Instant.parse("2026-11-25T00:00:00Z"), 500).next(count)) {
            StringBuilder sb = new StringBuilder();
            SampleGenerator.appendNdjson(sb, s);
            sb.setLength(sb.length() - 1);
            lines.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static byte[] mutate(byte[] line, SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(line.length);
        switch (random.nextInt(6)) {
            case 0 -> { // one byte replaced by a troublesome one
                out.write(line, 0, line.length);
                byte[] b = out.toByteArray();
                b[at] = NOISE[random.nextInt(NOISE.length)];
                return b;
            }
            case 1 -> { // bytes removed
                out.write(line, 0, at);
                int to = Math.min(line.length, at + 1 + random.nextInt(4));
                out.write(line, to, line.length - to);
            }
            case 2 -> out.write(line, 0, at); // truncated
            case 3, 4 -> { // a snippet inserted after the opening brace or after a comma
                out.write('{');
                out.writeBytes(SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
                out.write(line, 1, line.length - 1);
            }
            default -> { // a byte inserted
                out.write(line, 0, at);
                out.write(NOISE[random.nextInt(NOISE.length)]);
                out.write(line, at, line.length - at);
            }
        }
        return out.toByteArray();
    }

    /** Asserts both decoders agree on the line; true when they accept it. */
    private boolean assertSameOutcome(byte[] line) {
        QualitySample expected = null, actual = null;
        String expectedError = null, actualError = null;
        try {
            expected = reference.decode(line, 0, line.length);
        } catch (LineRejectedException e) {
            expectedError = e.getMessage();
        }
        try {
            actual = decoder.decode(line, 0, line.length);
        } catch (LineRejectedException e) {
            actualError = e.getMessage();
        } catch (RuntimeException e) {
            fail("the decoder failed with " + e + " on " + show(line));
        }
        String shown = show(line);
        if (expectedError == null && actualError != null && actualError.contains("UTF-8") && refusedByFreshJackson(line)) {
            return false;
        }
        if (expectedError == null) {
            assertThat(actualError).as("refused what Jackson accepts: %s", shown).isNull();
            assertThat(actual).as(shown).isEqualTo(expected);
            return true;
        }
        assertThat(actualError).as("accepted what Jackson refuses (%s): %s", expectedError, shown).isNotNull();
        if (expectedError.startsWith("bad JSON")) {
            assertThat(actualError).as("Jackson: %s, line %s", expectedError, shown).startsWith("bad JSON");
        } else {
            assertThat(actualError).as(shown).isEqualTo(expectedError);
        }
        return false;
    }

    /**
     * Whether Jackson refuses the line's tokens when its property-name table is empty. Its shared table matches a name
     * holding an invalid UTF-8 byte to a name seen before ("downlinkLoss\xffPct" as "downlinkLossPct"), so its verdict
     * on such a line depends on earlier lines; the new decoder always refuses invalid UTF-8 in names.
     */
    private static boolean refusedByFreshJackson(byte[] line) {
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), line)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.VALUE_STRING) p.getString();
            }
            return false;
        } catch (JacksonException e) {
            return true;
        }
    }

    private static String show(byte[] line) {
        StringBuilder sb = new StringBuilder();
        for (byte b : line) {
            if (b >= 0x20 && b < 0x7F) sb.append((char) b);
            else sb.append(String.format("\\x%02x", b & 0xFF));
        }
        return sb.toString();
    }
}
