package io.globaldesk.bench;

import io.globaldesk.alerting.AlertSettings;
import io.globaldesk.alerting.DetectionEngine;
import io.globaldesk.alerting.DetectorSettings;
import io.globaldesk.alerting.Direction;
import io.globaldesk.alerting.IncidentEvent;
import io.globaldesk.alerting.InhibitionRule;
import io.globaldesk.alerting.Metric;
import io.globaldesk.alerting.Scope;
import io.globaldesk.alerting.ScopeMinute;
import io.globaldesk.alerting.rules.ApiErrorRateRule;
import io.globaldesk.alerting.rules.PacketLossRule;
import io.globaldesk.alerting.rules.VideoFreezeRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One minute of detection over 100,000 scopes (90 % network-quality scopes with four metrics, 10 % app APIs), after 40
 * minutes of history so every detector is past its warm-up. Each measured iteration is one evaluation of the next minute;
 * the thread CPU time per evaluation is printed at the end beside JMH's wall time.
 * Run: {@code ./globaldesk bench jmh DetectionBenchmark}.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class DetectionBenchmark {
    @Param("100000")
    int scopes;

    private DetectionEngine engine;
    private List<Scope> scopeList;
    private SplittableRandom random;
    private Instant minute;
    private List<ScopeMinute> rows;
    private final List<Long> cpuNanos = new ArrayList<>();

    @Setup(Level.Trial)
    public void history() {
        engine = new DetectionEngine(AlertSettings.defaults(), DetectorSettings.liveMinutes(Direction.UP),
                List.of(new VideoFreezeRule(), new PacketLossRule(), new ApiErrorRateRule()), InhibitionRule.defaults());
        random = new SplittableRandom(42);
        scopeList = new ArrayList<>(scopes);
        for (int i = 0; i < scopes; i++) {
            scopeList.add(i % 10 == 9 ? Scope.api("app-" + i / 100, "api-" + i % 100)
                    : i % 3 == 0 ? Scope.edge("region-" + i % 97, "edge-" + i) : Scope.isp("region-" + i % 97, "isp-" + i));
        }
        minute = Instant.parse("2026-03-02T00:00:00Z");
        for (int m = 0; m < 40; m++) {
            engine.evaluate(minute, rowsFor(minute));
            minute = minute.plus(Duration.ofMinutes(1));
        }
    }

    @Setup(Level.Iteration)
    public void nextMinute() {
        rows = rowsFor(minute);
    }

    private List<ScopeMinute> rowsFor(Instant t) {
        List<ScopeMinute> out = new ArrayList<>(scopeList.size());
        for (Scope s : scopeList) {
            Map<Metric, Double> v = new EnumMap<>(Metric.class);
            if (s.appId() != null) {
                v.put(Metric.API_ERROR_RATE, 1.0 + 0.1 * random.nextDouble());
                out.add(new ScopeMinute(s, t, v, 1000));
            } else {
                v.put(Metric.LOSS_P95, 2 + random.nextDouble());
                v.put(Metric.RTT_P95, 80 + 10 * random.nextDouble());
                v.put(Metric.VIDEO_FREEZE_RATE, 1 + random.nextDouble());
                v.put(Metric.QUALITY_SCORE, 4.2 - 0.1 * random.nextDouble());
                out.add(new ScopeMinute(s, t, v, 200));
            }
        }
        return out;
    }

    @Benchmark
    public List<IncidentEvent> evaluateOneMinute() {
        var bean = ManagementFactory.getThreadMXBean();
        long cpu0 = bean.getCurrentThreadCpuTime();
        List<IncidentEvent> events = engine.evaluate(minute, rows);
        cpuNanos.add(bean.getCurrentThreadCpuTime() - cpu0);
        minute = minute.plus(Duration.ofMinutes(1));
        return events;
    }

    @TearDown(Level.Trial)
    public void report() {
        long[] sorted = cpuNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%nthread CPU per one-minute evaluation of %d scopes: median %.0f ms, max %.0f ms (%s)%n", scopes,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6, Arrays.toString(Arrays.stream(sorted).map(n -> n / 1_000_000).toArray()));
    }
}
