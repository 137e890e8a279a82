package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes simulated quality samples as NDJSON (stdout, or {@code --out FILE}), optionally the API calls and each
 * user's true segment. Example: {@code --sessions 500 --fault ISP --seed 7 --start 2026-11-25T03:00:00Z}.
 */
public final class SimulatorMain {

    public static void main(String[] args) throws IOException {
        SimulatorArguments arguments;
        try {
            arguments = SimulatorArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Simulation simulation = new TelemetrySimulator().run(arguments.plan());
        try (Writer out = writer(arguments.out())) {
            for (QualitySample s : simulation.samples()) out.append(Ndjson.line(s)).append('\n');
        }
        if (arguments.apiOut() != null) {
            try (Writer out = writer(arguments.apiOut())) {
                for (ApiCallEvent e : simulation.apiCalls()) out.append(Ndjson.line(e)).append('\n');
            }
        }
        if (arguments.truthOut() != null) {
            try (Writer out = writer(arguments.truthOut())) {
                for (SimulatedSession s : simulation.sessions()) {
                    Map<String, ?> sorted = new TreeMap<>(s.expected());
                    for (var e : sorted.entrySet()) {
                        out.append("{\"sessionId\":\"").append(s.sessionId()).append("\",\"userId\":\"").append(e.getKey())
                                .append("\",\"segment\":\"").append(String.valueOf(e.getValue())).append("\"}\n");
                    }
                }
            }
        }
        System.err.printf("simulated %d sessions, %d samples, %d API calls%n",
                simulation.sessions().size(), simulation.samples().size(), simulation.apiCalls().size());
    }

    private static Writer writer(Path path) throws IOException {
        if (path == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush(); // stdout stays open for the error report that follows
                }
            };
        }
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }
}
