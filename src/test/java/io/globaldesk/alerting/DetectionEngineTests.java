package io.globaldesk.alerting;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DetectionEngineTests {
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant WARM = START.plus(Duration.ofHours(30));

    private static List<IncidentOpened> opened(List<IncidentEvent> events) {
        return events.stream().filter(IncidentOpened.class::isInstance).map(IncidentOpened.class::cast).toList();
    }

    @Test
    void anIspDegradingForTwentyMinutesIsOneIncidentDetectedWithinAMinuteAndResolvedAfter() {
        SyntheticTelemetry data = new SyntheticTelemetry(7, 150);
        Instant onset = WARM.plus(Duration.ofMinutes(17));
        Instant end = onset.plus(Duration.ofMinutes(20));
        data.faults.add(new SyntheticTelemetry.Fault("isp-b", null, onset, end, 1.0));
        DetectionEngine engine = SyntheticTelemetry.engine();

        List<IncidentEvent> events = data.replay(engine, START, end.plus(Duration.ofMinutes(40)));

        List<IncidentOpened> opened = opened(events);
        assertThat(opened).hasSize(1);
        IncidentOpened o = opened.getFirst();
        assertThat(o.scope()).isEqualTo(Scope.isp(SyntheticTelemetry.REGION, "isp-b"));
        assertThat(Duration.between(onset, o.detectedAt())).isBetween(Duration.ZERO, Duration.ofSeconds(60));
        assertThat(Duration.between(o.startedAt(), onset)).isBetween(Duration.ZERO, Duration.ofMinutes(3));
        Incident incident = engine.incidents().getFirst();
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(incident.resolvedAt()).isAfter(end).isBefore(end.plus(Duration.ofMinutes(15)));
        assertThat(events).filteredOn(IncidentResolved.class::isInstance).hasSize(1);
    }

    @Test
    void anEdgeOutageAcrossIspsIsOneEdgeIncidentAndNoIspStorm() {
        SyntheticTelemetry data = new SyntheticTelemetry(11, 150);
        Instant onset = WARM.plus(Duration.ofMinutes(5));
        data.faults.add(new SyntheticTelemetry.Fault(null, "edge-1", onset, onset.plus(Duration.ofMinutes(15)), 1.5));
        DetectionEngine engine = SyntheticTelemetry.engine();

        List<IncidentOpened> opened = opened(data.replay(engine, START, onset.plus(Duration.ofMinutes(45))));

        assertThat(opened).extracting(IncidentOpened::scope).containsExactly(Scope.edge(SyntheticTelemetry.REGION, "edge-1"));
    }

    @Test
    void aNormalWeekWithDailySeasonalityAndNoiseOpensNoIncident() {
        SyntheticTelemetry data = new SyntheticTelemetry(23, 150);
        DetectionEngine engine = SyntheticTelemetry.engine();

        List<IncidentEvent> events = data.replay(engine, START, START.plus(Duration.ofDays(7)));

        assertThat(events).isEmpty();
    }

    @Test
    void aFiveFoldSpikeInApiErrorsForOneAppApiIsDetected() {
        SyntheticTelemetry data = new SyntheticTelemetry(31, 150);
        Scope join = SyntheticTelemetry.API_SCOPES.getFirst();
        Instant onset = WARM.plus(Duration.ofMinutes(9));
        data.apiFaults.add(new SyntheticTelemetry.ApiFault(join, onset, onset.plus(Duration.ofMinutes(10)), 5.0));
        DetectionEngine engine = SyntheticTelemetry.engine();

        List<IncidentOpened> opened = opened(data.replay(engine, START, onset.plus(Duration.ofMinutes(30))));

        assertThat(opened).singleElement().satisfies(o -> {
            assertThat(o.scope()).isEqualTo(join);
            assertThat(o.kind()).isEqualTo(ScopeKind.API_ERRORS);
            assertThat(o.metric()).isEqualTo(Metric.API_ERROR_RATE);
            assertThat(Duration.between(onset, o.detectedAt())).isLessThanOrEqualTo(Duration.ofSeconds(60));
        });
    }

    @Test
    void aScopeWithThreeUsersNeverFiresEvenWhenItsMetricsCollapse() {
        DetectionEngine engine = SyntheticTelemetry.engine();
        Scope tiny = Scope.isp("ap-south", "isp-tiny");
        java.util.Random random = new java.util.Random(5);
        Instant t = START;
        for (int i = 0; i < 600; i++, t = t.plus(Duration.ofMinutes(1))) {
            boolean broken = i >= 300 && i < 330;
            double loss = broken ? 40 : 2 + 0.2 * random.nextGaussian();
            double freeze = broken ? 30 : 1 + 0.1 * random.nextGaussian();
            ScopeMinute row = new ScopeMinute(tiny, t, Map.of(Metric.LOSS_P95, loss, Metric.VIDEO_FREEZE_RATE, freeze), 3);
            assertThat(engine.evaluate(t, List.of(row))).isEmpty();
        }
        assertThat(engine.incidents()).isEmpty();
    }

    @Test
    void theSameScopeWithEnoughUsersDoesFire() {
        DetectionEngine engine = SyntheticTelemetry.engine();
        Scope scope = Scope.isp("ap-south", "isp-big");
        java.util.Random random = new java.util.Random(5);
        Instant t = START;
        for (int i = 0; i < 340; i++, t = t.plus(Duration.ofMinutes(1))) {
            boolean broken = i >= 300 && i < 330;
            double loss = broken ? 40 : 2 + 0.2 * random.nextGaussian();
            engine.evaluate(t, List.of(new ScopeMinute(scope, t, Map.of(Metric.LOSS_P95, loss), 300)));
        }
        assertThat(engine.incidents()).extracting(Incident::scope).containsExactly(scope);
    }

    @Test
    void aSilenceSuppressesTheIncidentItMatches() {
        SyntheticTelemetry data = new SyntheticTelemetry(7, 150);
        Instant onset = WARM.plus(Duration.ofMinutes(17));
        data.faults.add(new SyntheticTelemetry.Fault("isp-b", null, onset, onset.plus(Duration.ofMinutes(20)), 1.0));
        DetectionEngine engine = SyntheticTelemetry.engine();
        engine.addSilence(new Silence("s1", Map.of("region", SyntheticTelemetry.REGION, "isp", "isp-b"),
                onset.minus(Duration.ofHours(1)), onset.plus(Duration.ofHours(2)), true, "carrier maintenance"));

        List<IncidentEvent> events = data.replay(engine, START, onset.plus(Duration.ofMinutes(60)));

        assertThat(events).isEmpty();
    }

    @Test
    void aFlappingConditionIsHeldAsOneIncidentByKeepFiring() {
        DetectionEngine engine = new DetectionEngine(AlertSettings.defaults(), DetectorSettings.liveMinutes(Direction.UP),
                List.of(new io.globaldesk.alerting.rules.VideoFreezeRule()), InhibitionRule.defaults());
        Scope scope = Scope.edge("us-east", "edge-9");
        Instant t = START;
        Instant lastBreach = null;
        for (int i = 0; i < 200; i++, t = t.plus(Duration.ofMinutes(1))) {
            // 6 % freeze for two minutes, 3 % for two, repeated for an hour: a naive rule would open and close 15 times
            boolean flapping = i >= 100 && i < 160;
            boolean breach = flapping && (i - 100) % 4 < 2;
            if (breach) lastBreach = t;
            double freeze = breach ? 6.0 : flapping ? 3.0 : 1.0;
            engine.evaluate(t, List.of(new ScopeMinute(scope, t, Map.of(Metric.VIDEO_FREEZE_RATE, freeze), 500)));
        }
        assertThat(engine.incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(i.resolvedAt()).isAfter(START.plus(Duration.ofMinutes(158)));
        });
        assertThat(lastBreach).isNotNull();
    }

    @Test
    void minutesMustBeEvaluatedInOrderAndRowsMustMatchTheMinute() {
        DetectionEngine engine = SyntheticTelemetry.engine();
        engine.evaluate(START.plus(Duration.ofMinutes(1)), List.of());
        assertThatThrownBy(() -> engine.evaluate(START, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increasing order");
        ScopeMinute row = new ScopeMinute(Scope.region("r"), START, Map.of(Metric.LOSS_P95, 1.0), 100);
        assertThatThrownBy(() -> engine.evaluate(START.plus(Duration.ofMinutes(2)), List.of(row)))
                .hasMessageContaining("was passed to the evaluation of");
    }
}
