package io.globaldesk.bench;

import io.globaldesk.alerting.DetectorSettings;
import io.globaldesk.alerting.Direction;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores variants of the detector's global settings over the NAB corpus (one setting for all files, never per file).
 * Each argument after the data folder is one variant, as comma-separated overrides of the defaults, e.g.
 * {@code ./globaldesk bench main io.globaldesk.bench.NabTuning ../shared/data/nab pointZ=5,cusumH=11 window=512}.
 */
public final class NabTuning {
    public static void main(String[] args) throws Exception {
        List<NabCorpus.Series> corpus = NabCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/data/nab"));
        NabScorer scorer = new NabScorer();
        for (int a = 1; a < args.length; a++) {
            Map<String, Double> o = new HashMap<>();
            for (String kv : args[a].split(",")) {
                String[] p = kv.split("=", 2);
                if (p.length != 2) throw new IllegalArgumentException("a variant is name=value pairs, got '" + kv + "'");
                o.put(p[0], Double.parseDouble(p[1]));
            }
            DetectorSettings d = DetectorSettings.defaults();
            DetectorSettings s = new DetectorSettings(o.getOrDefault("window", (double) d.window()).intValue(),
                    d.minHistory(), o.getOrDefault("bucketMinutes", (double) d.bucketMinutes()).intValue(),
                    o.getOrDefault("seasonMemory", d.seasonMemory()), o.getOrDefault("minSeasons", (double) d.minSeasons()).intValue(),
                    o.getOrDefault("pointZ", d.pointZ()), o.getOrDefault("cusumK", d.cusumK()), o.getOrDefault("cusumH", d.cusumH()),
                    o.getOrDefault("zCap", d.zCap()), o.getOrDefault("tailAdaptation", d.tailAdaptation()), Direction.BOTH,
                    o.getOrDefault("noveltyMargin", d.noveltyMargin()), o.getOrDefault("noveltyWarmup", (double) d.noveltyWarmup()).intValue(),
                    o.getOrDefault("noveltyWindow", (double) d.noveltyWindow()).intValue(),
                    o.getOrDefault("recentMemory", (double) d.recentMemory()).intValue());
            int quiet = o.getOrDefault("quiet", (double) NabBenchmark.QUIET_ROWS).intValue();
            List<NabScorer.ScoredFile> files = new NabRun(s, quiet).score(corpus);
            System.out.printf("%-40s std %.2f  lowFP %.2f  lowFN %.2f  opt %.2f%n", args[a],
                    scorer.scoreAt(files, NabScorer.Profile.STANDARD, 0.5).normalised(),
                    scorer.scoreAt(files, NabScorer.Profile.REWARD_LOW_FP, 0.5).normalised(),
                    scorer.scoreAt(files, NabScorer.Profile.REWARD_LOW_FN, 0.5).normalised(),
                    scorer.optimise(files, NabScorer.Profile.STANDARD).normalised());
        }
    }
}
