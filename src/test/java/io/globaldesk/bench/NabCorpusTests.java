package io.globaldesk.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NabCorpusTests {
    @Test
    void windowsJsonIsReadWithFractionalSeconds() {
        var w = NabCorpus.parseWindows("""
                {"a/x.csv": [["2014-04-10 07:15:00.000000", "2014-04-11 16:45:00.000000"]], "a/y.csv": []}""");
        assertThat(w.get("a/x.csv")).containsExactly(new NabScorer.Window(
                LocalDateTime.of(2014, 4, 10, 7, 15), LocalDateTime.of(2014, 4, 11, 16, 45)));
        assertThat(w.get("a/y.csv")).isEmpty();
    }

    @Test
    void malformedWindowsJsonIsRejectedWithItsOffset() {
        assertThatThrownBy(() -> NabCorpus.parseWindows("{\"a\": [[\"2014-04-10 07:15:00\"]]}")).hasMessageContaining("expected ','");
        assertThatThrownBy(() -> NabCorpus.parseWindows("{\"a\": [[\"yesterday\", \"2014-04-10 07:15:00\"]]}"))
                .hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> NabCorpus.parseWindows("{\"a\": []} x")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> NabCorpus.parseWindows("{\"a: []}")).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> NabCorpus.parseWindows("{\"a\" []}")).hasMessageContaining("expected ':'");
        assertThatThrownBy(() -> NabCorpus.parseWindows("{\"a\": [[\"2014-04-11 07:15:00\", \"2014-04-10 07:15:00\"]]}"))
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void csvRowsAreReadAndMalformedOnesNamedByLine() {
        var s = NabCorpus.parseCsv("f", List.of("timestamp,value", "2014-04-01 00:00:00,1.5", "2014-04-01 00:05:00,2"), List.of());
        assertThat(s.values()).containsExactly(1.5, 2.0);
        assertThatThrownBy(() -> NabCorpus.parseCsv("f", List.of("time,value"), List.of())).hasMessageContaining("header");
        assertThatThrownBy(() -> NabCorpus.parseCsv("f", List.of("timestamp,value", "2014-04-01 00:00:00,abc"), List.of()))
                .hasMessageContaining("f:2");
        assertThatThrownBy(() -> NabCorpus.parseCsv("f", List.of("timestamp,value", "2014-04-01 00:00:00,1,2"), List.of()))
                .hasMessageContaining("expected 'timestamp,value'");
    }
}
