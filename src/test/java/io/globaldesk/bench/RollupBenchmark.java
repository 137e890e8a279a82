package io.globaldesk.bench;

import io.globaldesk.alerting.ScopeMinute;
import io.globaldesk.alerting.live.ScopeRollup;
import io.globaldesk.telemetry.ApiCallAggregate;
import io.globaldesk.telemetry.QualityAggregate;
import io.globaldesk.telemetry.QualityScope;
import io.globaldesk.telemetry.QualityStats;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The live path's step before the engine: rolling one minute of fine telemetry aggregates (region × ISP × edge × app ×
 * platform × SDK cells, and app × API × region call counts) up into the engine's scopes. With the default 200,000 cells
 * over 8 regions × 40 ISPs × 60 edges and 20,000 API rows this yields about 2,500 network and 5,000 API scopes.
 * Run: {@code ./globaldesk bench jmh RollupBenchmark}.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class RollupBenchmark {
    @Param("200000")
    int cells;

    private final Instant minute = Instant.parse("2026-03-02T00:00:00Z");
    private List<QualityAggregate> quality;
    private List<ApiCallAggregate> apiCalls;

    @Setup
    public void data() {
        SplittableRandom r = new SplittableRandom(7);
        quality = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            int region = r.nextInt(8);
            QualityScope scope = new QualityScope("region-" + region, "isp-" + region + "-" + r.nextInt(40),
                    "edge-" + region + "-" + r.nextInt(60), "app-" + r.nextInt(2000), r.nextBoolean() ? "Android" : "iOS",
                    "4." + r.nextInt(6) + ".0");
            long users = 1 + r.nextInt(20);
            quality.add(new QualityAggregate(minute, scope, new QualityStats(users * 30, users, users, 60.0, 120.0,
                    1.0, 2.0 + r.nextDouble(), 8.0, 20.0, 0.5, 1.0 + r.nextDouble(), 24.0, 20.0, 40.0, 4.2 - r.nextDouble() / 5)));
        }
        apiCalls = new ArrayList<>(cells / 10);
        for (int i = 0; i < cells / 10; i++) {
            long calls = 10 + r.nextInt(500);
            apiCalls.add(new ApiCallAggregate(minute, "app-" + r.nextInt(2000), "api-" + r.nextInt(3), "region-" + r.nextInt(8),
                    calls, r.nextInt(5), 80.0, 200.0, 90.0));
        }
    }

    @Benchmark
    public List<ScopeMinute> rollUp() {
        return ScopeRollup.rollUp(minute, quality, apiCalls);
    }
}
