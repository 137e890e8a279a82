package io.globaldesk.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The command line of {@link SimulatorMain}, read into a plan. Faults are {@code KIND[:arg...]}: {@code ISP[:region:isp]},
 * {@code EDGE_NODE[:edge]}, {@code LOCAL_NETWORK[:sessions]}, {@code REMOTE_PEER[:sessions]}, {@code DEVICE[:sessions]},
 * {@code API_ERRORS[:api:region[:rate]]}. Without arguments, ISP and edge faults hit the busiest region at the start.
 */
record SimulatorArguments(SimulationPlan plan, Path out, Path apiOut, Path truthOut) {

    static final String USAGE = """
            usage: SimulatorMain [--sessions N] [--minutes M] [--seed S] [--start 2026-11-25T03:00:00Z]
                                 [--fault ISP[:region:isp] | EDGE_NODE[:edge] | LOCAL_NETWORK[:n] | REMOTE_PEER[:n]
                                          | DEVICE[:n] | API_ERRORS[:api:region[:rate]]]...
                                 [--api-calls-per-minute N] [--out FILE] [--api-out FILE] [--truth FILE]""";

    static SimulatorArguments parse(String... args) {
        int sessions = 200, minutes = 30, apiPerMinute = 0;
        long seed = 1;
        Instant start = Instant.parse("2026-11-25T03:00:00Z");
        List<String> faults = new ArrayList<>();
        Path out = null, apiOut = null, truth = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException("option " + option + " needs a value\n" + USAGE);
            String value = args[++i];
            switch (option) {
                case "--sessions" -> sessions = positiveInt(option, value);
                case "--minutes" -> minutes = positiveInt(option, value);
                case "--seed" -> seed = parseLong(option, value);
                case "--start" -> start = instant(value);
                case "--fault" -> faults.add(value);
                case "--api-calls-per-minute" -> apiPerMinute = positiveInt(option, value);
                case "--out" -> out = Path.of(value);
                case "--api-out" -> apiOut = Path.of(value);
                case "--truth" -> truth = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        SimulationPlan plan = SimulationPlan.of(seed, start, Duration.ofMinutes(minutes), sessions)
                .withApiCallsPerMinute(apiPerMinute);
        for (String spec : faults) plan = plan.withFault(fault(spec, plan));
        return new SimulatorArguments(plan, out, apiOut, truth);
    }

    static Fault fault(String spec, SimulationPlan plan) {
        String[] parts = spec.split(":", -1);
        World world = plan.world();
        World.Region busiest = world.regions().stream()
                .max(Comparator.comparingDouble(r -> r.weight() * Diurnal.factor(plan.start(), r.utcOffsetMinutes())))
                .orElseThrow();
        Instant from = plan.start(), to = plan.end().plus(Duration.ofMinutes(10));
        int defaultCount = Math.max(1, plan.sessions() / 10);
        return switch (parts[0]) {
            case "ISP" -> {
                requireParts(spec, parts, 1, 3);
                World.Region region = parts.length == 3 ? world.region(parts[1]) : busiest;
                String isp = parts.length == 3 ? parts[2] : region.countries().getFirst().isps().getFirst().name();
                if (region.countries().stream().flatMap(c -> c.isps().stream()).noneMatch(x -> x.name().equals(isp))) {
                    throw new IllegalArgumentException("ISP '" + isp + "' does not serve region " + region.code());
                }
                yield new Fault.IspDegradation(region.code(), isp, from, to);
            }
            case "EDGE_NODE" -> {
                requireParts(spec, parts, 1, 2);
                String edge = parts.length == 2 ? world.regionOfEdge(parts[1]).edgeNodes().stream()
                        .filter(parts[1]::equals).findFirst().orElseThrow() : busiest.edgeNodes().getFirst();
                yield new Fault.EdgeOutage(edge, from, to);
            }
            case "LOCAL_NETWORK" -> new Fault.LocalNetworkFaults(count(spec, parts, defaultCount));
            case "REMOTE_PEER" -> new Fault.RemotePeerFaults(count(spec, parts, defaultCount));
            case "DEVICE" -> new Fault.DeviceOverloads(count(spec, parts, defaultCount));
            case "API_ERRORS" -> {
                requireParts(spec, parts, 1, 4);
                String api = parts.length >= 3 ? parts[1] : "join_channel";
                String region = parts.length >= 3 ? world.region(parts[2]).code() : busiest.code();
                double rate = parts.length == 4 ? rate(parts[3]) : 0.3;
                Duration third = plan.span().dividedBy(3);
                yield new Fault.ApiErrorSpike(api, region, plan.start().plus(third), plan.start().plus(third.multipliedBy(2)), rate);
            }
            default -> throw new IllegalArgumentException("unknown fault kind '" + parts[0]
                    + "'; one of ISP, EDGE_NODE, LOCAL_NETWORK, REMOTE_PEER, DEVICE, API_ERRORS");
        };
    }

    private static void requireParts(String spec, String[] parts, int... allowed) {
        for (int n : allowed) if (parts.length == n) return;
        throw new IllegalArgumentException("fault '" + spec + "' has " + (parts.length - 1) + " arguments; see the usage");
    }

    private static int count(String spec, String[] parts, int defaultCount) {
        requireParts(spec, parts, 1, 2);
        return parts.length == 2 ? positiveInt("fault " + parts[0], parts[1]) : defaultCount;
    }

    private static int positiveInt(String what, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) throw new IllegalArgumentException(what + " cannot be negative, was " + value);
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " needs a whole number, was '" + value + "'", e);
        }
    }

    private static long parseLong(String what, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " needs a whole number, was '" + value + "'", e);
        }
    }

    private static double rate(String value) {
        try {
            double rate = Double.parseDouble(value);
            if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("an error rate is within 0..1, was " + value);
            return rate;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an error rate is a number within 0..1, was '" + value + "'", e);
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--start needs an ISO-8601 instant such as 2026-11-25T03:00:00Z, was '"
                    + value + "'", e);
        }
    }
}
