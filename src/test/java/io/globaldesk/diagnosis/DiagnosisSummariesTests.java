package io.globaldesk.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosisSummariesTests {

    private static final List<String> SUMMARY_KEYS = List.of("edge_node", "isp", "local_network", "device",
            "remote_peer_network", "remote_peer_device", "no_issue", "no_issue_unexplained_freezes");
    private static final List<String> COMMA_DECIMAL = List.of("es", "pt", "de", "fr");

    private final DiagnosisSummaries summaries = new DiagnosisSummaries();

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "ja", "ko", "es", "pt", "de", "fr"})
    void everySummaryRendersInTheReadersLanguageWithLocalNumbers(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (String key : SUMMARY_KEYS) {
            String text = summaries.summary(diagnosis("diagnosis.summary." + key), locale);

            assertThat(text).as("%s in %s", key, language).contains("u-17").doesNotContain("{").doesNotContain("}");
            if (key.equals("local_network") || key.equals("isp") || key.equals("edge_node") || key.equals("no_issue")) {
                assertThat(text).as("loss of 12.5%% in %s", language)
                        .contains(COMMA_DECIMAL.contains(language) ? "12,5" : "12.5");
            }
        }
    }

    @Test
    void theSameVerdictReadsDifferentlyInEachLanguage() {
        Diagnosis d = diagnosis("diagnosis.summary.local_network");
        List<String> texts = List.of("en", "zh", "ja", "ko", "es", "pt", "de", "fr").stream()
                .map(l -> summaries.summary(d, Locale.forLanguageTag(l))).toList();

        assertThat(texts).doesNotHaveDuplicates();
        assertThat(texts.get(2)).contains("ネットワーク");
        assertThat(texts.get(6)).contains("Netz");
    }

    @Test
    void aLanguageWithoutBundleGetsEnglish() {
        Diagnosis d = diagnosis("diagnosis.summary.device");
        assertThat(summaries.summary(d, Locale.ITALIAN)).isEqualTo(summaries.summary(d, Locale.ENGLISH));
    }

    @Test
    void pluralsFollowTheLanguage() {
        Map<String, Object> one = args();
        one.put("ispUsers", 1);
        String text = summaries.summary(new Diagnosis("s", "u-17", Segment.ISP, 0.9, "diagnosis.summary.isp", one, List.of()),
                Locale.ENGLISH);
        assertThat(text).contains("1 other user of").doesNotContain("users of KDDI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "ja", "ko", "es", "pt", "de", "fr"})
    void everyLanguageHasExactlyTheKeysOfTheDefaultBundle(String language) throws IOException {
        Properties base = load("i18n/diagnosis.properties");
        Properties translated = load("i18n/diagnosis_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
        for (Segment s : Segment.values()) assertThat(translated).containsKey("diagnosis.segment." + s.name());
        for (String key : SUMMARY_KEYS) assertThat(translated).containsKey("diagnosis.summary." + key);
    }

    private static Diagnosis diagnosis(String key) {
        return new Diagnosis("chan-1:1", "u-17", Segment.LOCAL_NETWORK, 0.9, key, args(), List.of());
    }

    private static Map<String, Object> args() {
        Map<String, Object> args = new HashMap<>();
        args.put("user", "u-17");
        args.put("isp", "KDDI");
        args.put("region", "ap-northeast");
        args.put("edge", "edge-tyo-1");
        args.put("peer", "u-18");
        args.put("loss", 12.5);
        args.put("rtt", 1234.0);
        args.put("jitter", 48.0);
        args.put("videoFreeze", 18.2);
        args.put("audioFreeze", 6.1);
        args.put("cpu", 97.0);
        args.put("fps", 6.0);
        args.put("peerLoss", 14.0);
        args.put("peerCpu", 98.0);
        args.put("ispUsers", 37);
        args.put("edgeUsers", 52);
        return args;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DiagnosisSummariesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
