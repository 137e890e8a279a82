package io.globaldesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the NAB data folder: {@code data/<group>/<file>.csv} series and {@code combined_windows.json}. */
public final class NabCorpus {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

    /** One labelled series. */
    public record Series(String name, List<LocalDateTime> timestamps, double[] values, List<NabScorer.Window> windows) {
    }

    private NabCorpus() {
    }

    public static List<Series> load(Path root) throws IOException {
        Path windowsFile = root.resolve("combined_windows.json");
        if (!Files.isRegularFile(windowsFile)) throw new IOException("no combined_windows.json under " + root.toAbsolutePath());
        Map<String, List<NabScorer.Window>> windows = parseWindows(Files.readString(windowsFile, StandardCharsets.UTF_8));
        Map<String, Path> csvs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("data"))) {
            files.filter(f -> f.toString().endsWith(".csv"))
                    .forEach(f -> csvs.put(root.resolve("data").relativize(f).toString().replace('\\', '/'), f));
        }
        List<Series> out = new ArrayList<>();
        for (var e : csvs.entrySet()) {
            List<NabScorer.Window> w = windows.get(e.getKey());
            if (w == null) throw new IOException("no windows listed for " + e.getKey() + " in combined_windows.json");
            out.add(parseCsv(e.getKey(), Files.readAllLines(e.getValue(), StandardCharsets.UTF_8), w));
        }
        return out;
    }

    static LocalDateTime timestamp(String s) {
        return LocalDateTime.parse(s.strip(), TS);
    }

    static Series parseCsv(String name, List<String> lines, List<NabScorer.Window> windows) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("timestamp,value")) {
            throw new IllegalArgumentException(name + ": the header must be 'timestamp,value'");
        }
        List<LocalDateTime> ts = new ArrayList<>(lines.size());
        double[] values = new double[lines.size() - 1];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int comma = line.indexOf(',');
            if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected 'timestamp,value', got '" + line + "'");
            }
            try {
                LocalDateTime t = timestamp(line.substring(0, comma));
                ts.add(t);
                values[n++] = Double.parseDouble(line.substring(comma + 1).strip());
            } catch (DateTimeParseException | NumberFormatException ex) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": unreadable row '" + line + "'", ex);
            }
        }
        return new Series(name, ts, java.util.Arrays.copyOf(values, n), windows);
    }

    /** Parses {@code {"file": [["start", "end"], ...], ...}}, the only shape combined_windows.json has. */
    static Map<String, List<NabScorer.Window>> parseWindows(String json) {
        Tokens t = new Tokens(json);
        Map<String, List<NabScorer.Window>> out = new LinkedHashMap<>();
        t.expect('{');
        if (!t.tryConsume('}')) {
            do {
                String file = t.string();
                t.expect(':');
                t.expect('[');
                List<NabScorer.Window> list = new ArrayList<>();
                if (!t.tryConsume(']')) {
                    do {
                        t.expect('[');
                        LocalDateTime start = t.timestamp();
                        t.expect(',');
                        LocalDateTime end = t.timestamp();
                        t.expect(']');
                        list.add(new NabScorer.Window(start, end));
                    } while (t.tryConsume(','));
                    t.expect(']');
                }
                out.put(file, list);
            } while (t.tryConsume(','));
            t.expect('}');
        }
        t.end();
        return out;
    }

    private static final class Tokens {
        private final String s;
        private int pos;

        Tokens(String s) {
            this.s = s;
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        void expect(char c) {
            if (!tryConsume(c)) throw new IllegalArgumentException("windows JSON: expected '" + c + "' at offset " + pos);
        }

        boolean tryConsume(char c) {
            skip();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        String string() {
            expect('"');
            int end = s.indexOf('"', pos);
            if (end < 0) throw new IllegalArgumentException("windows JSON: unterminated string at offset " + pos);
            String v = s.substring(pos, end);
            pos = end + 1;
            return v;
        }

        LocalDateTime timestamp() {
            int at = pos;
            String v = string();
            try {
                return NabCorpus.timestamp(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("windows JSON: '" + v + "' at offset " + at + " is not a timestamp", e);
            }
        }

        void end() {
            skip();
            if (pos != s.length()) throw new IllegalArgumentException("windows JSON: trailing content at offset " + pos);
        }
    }
}
