package io.globaldesk.bench;

import io.globaldesk.alerting.DetectorSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the anomaly detector over the NAB data and prints its scores per profile, at the detector's own threshold and at
 * NAB's optimised corpus-wide threshold. Usage: {@code ./globaldesk bench main io.globaldesk.bench.NabBenchmark [nab-dir]}.
 */
public final class NabBenchmark {
    public static final int QUIET_ROWS = 25;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/nab");
        long t0 = System.nanoTime();
        List<NabCorpus.Series> corpus = NabCorpus.load(root);
        List<NabScorer.ScoredFile> files = new NabRun(DetectorSettings.defaults(), QUIET_ROWS).score(corpus);
        long t1 = System.nanoTime();
        NabScorer scorer = new NabScorer();
        int rows = corpus.stream().mapToInt(s -> s.values().length).sum();
        System.out.printf("NAB: %d files, %d rows, detector ran in %.2f s%n", corpus.size(), rows, (t1 - t0) / 1e9);
        for (NabScorer.Profile p : NabScorer.Profile.values()) {
            NabScorer.Result fixed = scorer.scoreAt(files, p, 0.5);
            NabScorer.Result opt = scorer.optimise(files, p);
            System.out.printf("%-14s own threshold 0.5: %6.2f (tp %d, fp %d, fn %d)   optimised threshold %.4f: %6.2f (tp %d, fp %d, fn %d)%n",
                    p, fixed.normalised(), fixed.truePositives(), fixed.falsePositives(), fixed.falseNegatives(),
                    opt.threshold(), opt.normalised(), opt.truePositives(), opt.falsePositives(), opt.falseNegatives());
        }
        if (args.length > 1 && args[1].equals("--per-file")) {
            for (NabScorer.ScoredFile f : files) {
                NabScorer.Result r = scorer.scoreAt(List.of(f), NabScorer.Profile.STANDARD, 0.5);
                System.out.printf("  %-60s raw %7.3f tp %d fp %d fn %d%n", f.name(), r.raw(), r.truePositives(), r.falsePositives(), r.falseNegatives());
            }
        }
    }
}
