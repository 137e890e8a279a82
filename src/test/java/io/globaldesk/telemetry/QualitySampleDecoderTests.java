package io.globaldesk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Malformed and unusual lines for the hand-written quality-sample decoder. */
class QualitySampleDecoderTests {

    private static final String HEAD = "{\"ts\":\"2026-11-25T03:00:02Z\",\"appId\":\"a\",\"sessionId\":\"s\",\"userId\":\"u\"";

    private final QualitySampleDecoder decoder = new QualitySampleDecoder();

    private QualitySample decode(String line) {
        return decode(line.getBytes(StandardCharsets.UTF_8));
    }

    private QualitySample decode(byte[] line) {
        // decoded from the middle of a larger buffer, as the reader hands lines over
        byte[] buffer = new byte[line.length + 20];
        java.util.Arrays.fill(buffer, (byte) '"');
        System.arraycopy(line, 0, buffer, 7, line.length);
        return decoder.decode(buffer, 7, line.length);
    }

    private String refusal(String line) {
        return refusal(line.getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(byte[] line) {
        try {
            decode(line);
        } catch (LineRejectedException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + new String(line, StandardCharsets.UTF_8));
    }

    @Test
    void readsTheContractExample() {
        assertThat(decode(QualitySampleParserTests.GOOD)).isEqualTo(new QualitySample(Instant.parse("2026-11-25T03:00:02Z"),
                "app-42", "chan-991:1732503600", "u-17", "JP", "ap-northeast", "NTT", QualitySample.NetworkType.WIFI,
                "edge-tyo-3", "Android 15", "4.5.1", "Pixel 9", 48.0, 0.4, 0.2, 6.0, 820.0, 1430.0, 24.0, 0.0, 1.2, 23.0, 41.0));
    }

    @Test
    void refusesTruncatedLinesAndUnterminatedStrings() {
        String good = QualitySampleParserTests.GOOD;
        for (int cut = 1; cut < good.length(); cut++) {
            assertThat(refusal(good.substring(0, cut))).as("cut at %d", cut).startsWith("bad JSON");
        }
        assertThat(refusal(HEAD + ",\"region\":\"eu-west}")).isEqualTo("bad JSON: unterminated string");
    }

    @Test
    void refusesBadEscapesAndRawControlCharacters() {
        assertThat(refusal(HEAD + ",\"region\":\"a\\qb\"}")).isEqualTo("bad JSON: unknown escape \\q in a string");
        assertThat(refusal(HEAD + ",\"region\":\"\\u12G4\"}")).isEqualTo("bad JSON: \\u must be followed by four hex digits");
        assertThat(refusal(HEAD + ",\"region\":\"\\u12\"}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"region\":\"a\u0001b\"}")).isEqualTo("bad JSON: control character 0x1 must be escaped in a string");
        assertThat(refusal(HEAD + ",\"region\":\"a\tb\"}")).startsWith("bad JSON: control character 0x9");
        assertThat(refusal(HEAD + ",\"unknown\":\"a\u001fb\"}")).startsWith("bad JSON: control character 0x1f");
    }

    @Test
    void decodesEscapesAndSurrogatePairs() {
        QualitySample s = decode(HEAD + ",\"region\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\","
                + "\"isp\":\"\\ud800\",\"device\":\"caf\u00e9 \uD83D\uDE00\"}");

        assertThat(s.region()).isEqualTo("caf\u00e9 \uD83D\uDE00 \"q\" \\ / \b\f\n\r\t");
        assertThat(s.isp()).isEqualTo("\uD800"); // a lone surrogate escape is kept, as Jackson keeps it
        assertThat(s.device()).isEqualTo("caf\u00e9 \uD83D\uDE00");
    }

    @Test
    void refusesInvalidUtf8AsJacksonDid() {
        assertThat(refusal(withBytes(",\"region\":\"", 0xFF))).isEqualTo("bad JSON: invalid UTF-8 start byte 0xff");
        assertThat(refusal(withBytes(",\"region\":\"", 0x80))).isEqualTo("bad JSON: invalid UTF-8 start byte 0x80");
        assertThat(refusal(withBytes(",\"region\":\"", 0xC3))).isEqualTo("bad JSON: invalid UTF-8 continuation byte 0x22");
        assertThat(refusal(withBytes(",\"region\":\"", 0xED, 0xA0, 0x80))).startsWith("bad JSON: invalid UTF-8: encoded surrogate");
        assertThat(refusal(withBytes(",\"x", 0xFF))).startsWith("bad JSON: invalid UTF-8");
        // a skipped value is checked as Jackson skipped it: encoded surrogates pass, bad bytes do not
        assertThat(decode(withBytes(",\"unknown\":\"", 0xED, 0xA0, 0x80)).userId()).isEqualTo("u");
        assertThat(refusal(withBytes(",\"unknown\":\"", 0xE2, 0x82))).startsWith("bad JSON: invalid UTF-8 continuation");
    }

    @Test
    void readsNumberFormsAsJacksonDid() {
        assertThat(refusal(HEAD + ",\"rttMs\":1e400}")).isEqualTo("rttMs must be a finite number");
        assertThat(decode(HEAD + ",\"rttMs\":1e-400}").rttMs()).isEqualTo(0.0);
        assertThat(decode(HEAD + ",\"rttMs\":1E+2}").rttMs()).isEqualTo(100.0);
        assertThat(decode(HEAD + ",\"rttMs\":123456789012345678901234567890}").rttMs()).isEqualTo(1.2345678901234568E29);
        // an integer goes through a long, so -0 is +0.0; with a fraction it keeps its sign, as in Double.parseDouble
        assertThat(Double.doubleToRawLongBits(decode(HEAD + ",\"rttMs\":-0}").rttMs())).isZero();
        assertThat(Double.doubleToRawLongBits(decode(HEAD + ",\"rttMs\":-0.0}").rttMs())).isEqualTo(Long.MIN_VALUE);
        assertThat(refusal(HEAD + ",\"rttMs\":01}")).isEqualTo("bad JSON: leading zeroes are not allowed in numbers");
        assertThat(refusal(HEAD + ",\"rttMs\":1.}")).isEqualTo("bad JSON: a decimal point must be followed by a digit");
        assertThat(refusal(HEAD + ",\"rttMs\":.5}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"rttMs\":+1}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"rttMs\":1e}")).isEqualTo("bad JSON: an exponent must have a digit");
        assertThat(refusal(HEAD + ",\"rttMs\":-}")).isEqualTo("bad JSON: a minus sign must be followed by a digit");
        assertThat(refusal(HEAD + ",\"rttMs\":NaN}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"rttMs\":-Infinity}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"rttMs\":1e" + "9".repeat(1000) + "}")).isEqualTo("bad JSON: a number must have at most 1000 digits");
        assertThat(decode(HEAD + ",\"rttMs\":1e" + "0".repeat(998) + "3}").rttMs()).isEqualTo(1000.0);
    }

    @Test
    void statesTheRuleForValuesOfTheWrongKindOrRange() {
        assertThat(refusal(HEAD + ",\"rttMs\":\"48\"}")).isEqualTo("rttMs must be a number");
        assertThat(refusal(HEAD + ",\"rttMs\":\"\\q\"}")).isEqualTo("rttMs must be a number"); // the kind is checked first
        assertThat(refusal(HEAD + ",\"rttMs\":true}")).isEqualTo("rttMs must be a number");
        assertThat(refusal(HEAD + ",\"rttMs\":tru}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"region\":7}")).isEqualTo("region must be a string");
        assertThat(refusal(HEAD + ",\"region\":07}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"region\":{}}")).isEqualTo("region must be a string");
        assertThat(refusal(HEAD + ",\"ts\":5}")).isEqualTo("ts must be a string");
        assertThat(refusal(HEAD + ",\"cpuAppPct\":100.5}")).isEqualTo("cpuAppPct must be at most 100 (%), was 100.5");
        assertThat(refusal(HEAD + ",\"fps\":-1e-300}")).isEqualTo("fps must not be negative, was -1.0E-300");
        assertThat(refusal(HEAD + ",\"networkType\":\"wifi\"}")).contains("networkType must be one of").contains("'wifi'");
        assertThat(refusal(HEAD + ",\"userId\":\" \"}")).isEqualTo("userId is required");
        assertThat(refusal("{\"appId\":\"a\",\"sessionId\":\"s\",\"userId\":\"u\"}")).isEqualTo("ts is required");
    }

    @Test
    void keepsTheLastOfDuplicateKeysButChecksEach() {
        assertThat(decode(HEAD + ",\"rttMs\":5,\"rttMs\":7}").rttMs()).isEqualTo(7.0);
        assertThat(decode(HEAD + ",\"rttMs\":5,\"rttMs\":null}").rttMs()).isNull();
        assertThat(refusal(HEAD + ",\"rttMs\":-1,\"rttMs\":7}")).isEqualTo("rttMs must not be negative, was -1.0");
        assertThat(decode("{\"\\u0074s\":\"2026-11-25T03:00:02Z\",\"appId\":\"a\",\"sessionId\":\"s\",\"userId\":\"u\"}").ts())
                .isEqualTo(Instant.parse("2026-11-25T03:00:02Z"));
    }

    @Test
    void skipsNestedUnknownFieldsAndLimitsTheirDepth() {
        assertThat(decode(HEAD + ",\"x\":{\"a\":[1,-2.5e3,{\"b\":null,\"c\":[true,false,\"\\u00e9\"]}],\"d\":{}},\"fps\":24}").fps())
                .isEqualTo(24.0);
        assertThat(decode(HEAD + ",\"x\":" + "[".repeat(499) + "]".repeat(499) + "}").userId()).isEqualTo("u");
        assertThat(refusal(HEAD + ",\"x\":" + "[".repeat(500) + "]".repeat(500) + "}")).isEqualTo("bad JSON: nested deeper than 500 levels");
        assertThat(refusal(HEAD + ",\"x\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}")).startsWith("bad JSON: nested");
        assertThat(refusal(HEAD + ",\"x\":[1,]}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"x\":{\"a\":1,}}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"x\":{\"a\" 1}}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"x\":[1 2]}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",\"" + "n".repeat(50_001) + "\":1}")).startsWith("bad JSON: a property name must have at most");
    }

    @Test
    void tellsAnObjectFromOtherValuesAndTrailingContent() {
        assertThat(refusal("[1,2,3]")).isEqualTo("line is not a JSON object");
        assertThat(refusal("\"text\"")).isEqualTo("line is not a JSON object");
        assertThat(refusal("42")).isEqualTo("line is not a JSON object");
        assertThat(refusal("null")).isEqualTo("line is not a JSON object");
        assertThat(refusal("")).isEqualTo("line is not a JSON object");
        assertThat(refusal("nope")).startsWith("bad JSON");
        assertThat(refusal("42abc")).startsWith("bad JSON");
        assertThat(refusal(HEAD + "} {}")).isEqualTo("line has content after the JSON object");
        assertThat(refusal(HEAD + "}}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + "} x")).startsWith("bad JSON");
        assertThat(refusal(HEAD + ",}")).startsWith("bad JSON");
        assertThat(refusal(HEAD + "}\u000b")).startsWith("bad JSON");
        assertThat(refusal("/*c*/" + HEAD + "}")).startsWith("bad JSON");
        assertThat(decode(" \t" + HEAD.replace("\",", "\" , ").replace("\":", "\"\t:\r") + " } \t").userId()).isEqualTo("u");
    }

    @Test
    void readsInstantsByHandAndOtherFormsThroughTheJdk() {
        String tail = "\",\"appId\":\"a\",\"sessionId\":\"s\",\"userId\":\"u\"}";
        assertThat(decode("{\"ts\":\"2026-11-25T03:00:02.123456789Z" + tail).ts()).isEqualTo(Instant.parse("2026-11-25T03:00:02.123456789Z"));
        assertThat(decode("{\"ts\":\"2028-02-29T23:59:59.5Z" + tail).ts()).isEqualTo(Instant.parse("2028-02-29T23:59:59.5Z"));
        assertThat(decode("{\"ts\":\"0001-01-01T00:00:00Z" + tail).ts()).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(decode("{\"ts\":\"2026-11-25T12:00:02+09:00" + tail).ts()).isEqualTo(Instant.parse("2026-11-25T03:00:02Z"));
        assertThat(decode("{\"ts\":\"\\u0032026-11-25T03:00:02Z" + tail).ts()).isEqualTo(Instant.parse("2026-11-25T03:00:02Z"));
        assertThat(refusal("{\"ts\":\"2026-02-29T00:00:00Z" + tail)).contains("ts must be an ISO-8601 instant").contains("2026-02-29");
        assertThat(refusal("{\"ts\":\"2026-11-25T03:00:60Z" + tail)).contains("ts must be an ISO-8601 instant");
        assertThat(refusal("{\"ts\":\"2026-11-25T03:00:02.1234567891Z" + tail)).contains("ts must be an ISO-8601 instant");
        assertThat(refusal("{\"ts\":\"2026-1a-25T03:00:02Z" + tail)).contains("ts must be an ISO-8601 instant");
    }

    @Test
    void leavesUtf16LinesToJacksonAndSkipsAUtf8ByteOrderMark() {
        String line = HEAD + ",\"region\":\"eu-west\"}";
        assertThat(decode(("\uFEFF" + line).getBytes(StandardCharsets.UTF_8)).region()).isEqualTo("eu-west");
        assertThat(decode(line.getBytes(StandardCharsets.UTF_16LE)).region()).isEqualTo("eu-west");
    }

    @Test
    void sharesOneStringPerLowCardinalityValue() {
        QualitySample a = decode(HEAD + ",\"region\":\"eu-west\"}"), b = decode(HEAD + ",\"region\":\"eu-west\"}");

        assertThat(a.region()).isEqualTo("eu-west").isSameAs(b.region());
        assertThat(a.sessionId()).isEqualTo(b.sessionId());
    }

    @Test
    void keepsValuesThatDifferInOneByteApartInTheCache() {
        java.util.List<String> first = new java.util.ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 40; i++) {
                String edge = decode(HEAD + ",\"edgeNode\":\"edge-tyo-" + i + "\"}").edgeNode();
                if (round == 0) first.add(edge);
                else assertThat(edge).isSameAs(first.get(i));
            }
        }
    }

    @Test
    void isUsableFromManyThreadsAtOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String region = "region-" + ((i * 7 + seed) % 5000);
                        if (!decode(HEAD + ",\"region\":\"" + region + "\"}").region().equals(region)) return false;
                    }
                    return true;
                }));
            }
            for (var r : results) assertThat(r.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] withBytes(String member, int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((HEAD + member).getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) out.write(b);
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
