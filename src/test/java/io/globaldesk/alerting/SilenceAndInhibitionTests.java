package io.globaldesk.alerting;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SilenceAndInhibitionTests {
    static final Instant START = Instant.parse("2026-02-01T10:00:00Z");
    static final Instant END = Instant.parse("2026-02-01T12:00:00Z");

    @Test
    void aSilenceMutesMatchingScopesOnlyInsideItsInterval() {
        Silence s = new Silence("s", Map.of("region", "eu", "isp", "a"), START, END, false, "");
        assertThat(s.mutes(Scope.isp("eu", "a"), START)).isTrue();
        assertThat(s.mutes(Scope.isp("eu", "a"), END)).isFalse();
        assertThat(s.mutes(Scope.isp("eu", "a"), START.minusSeconds(1))).isFalse();
        assertThat(s.mutes(Scope.isp("eu", "b"), START)).isFalse();
        assertThat(s.mutes(Scope.region("eu"), START)).isFalse();
    }

    @Test
    void malformedSilencesAreRejected() {
        assertThatThrownBy(() -> new Silence("s", Map.of(), START, END, false, "")).hasMessageContaining("at least one matcher");
        assertThatThrownBy(() -> new Silence("s", Map.of("colour", "x"), START, END, false, "")).hasMessageContaining("unknown scope field");
        assertThatThrownBy(() -> new Silence("s", Map.of("region", "eu"), END, START, false, "")).hasMessageContaining("end after");
    }

    @Test
    void anEdgeExplainsItsRegionAndTheIspsItOutweighsButNotOtherRegions() {
        var rules = InhibitionRule.defaults();
        Scope edge = Scope.edge("eu", "e1");
        assertThat(rules.stream().anyMatch(r -> r.inhibits(edge, 20, Scope.isp("eu", "a"), 8))).isTrue();
        assertThat(rules.stream().anyMatch(r -> r.inhibits(edge, 5, Scope.isp("eu", "a"), 8))).isFalse();
        assertThat(rules.stream().anyMatch(r -> r.inhibits(edge, 1, Scope.region("eu"), 8))).isTrue();
        assertThat(rules.stream().anyMatch(r -> r.inhibits(edge, 20, Scope.isp("us", "a"), 8))).isFalse();
        assertThat(rules.stream().anyMatch(r -> r.inhibits(Scope.isp("eu", "a"), 20, edge, 8))).isTrue();
        assertThat(rules.stream().anyMatch(r -> r.inhibits(Scope.region("eu"), 50, edge, 8))).isFalse();
    }

    @Test
    void scopesRejectMissingKeysAndMetricsOfTheOtherKind() {
        assertThatThrownBy(() -> new Scope(ScopeKind.NETWORK_QUALITY, null, "a", null, null, null)).hasMessageContaining("region");
        assertThatThrownBy(() -> new ScopeMinute(Scope.api("app", "join"), START, Map.of(Metric.LOSS_P95, 1.0), 10))
                .hasMessageContaining("not a API_ERRORS metric");
        assertThatThrownBy(() -> new ScopeMinute(Scope.region("eu"), START.plusSeconds(5), Map.of(), 10))
                .hasMessageContaining("whole minute");
    }
}
