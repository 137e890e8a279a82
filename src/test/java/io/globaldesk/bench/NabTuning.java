package io.globaldesk.bench;

import io.globaldesk.alerting.DetectorSettings;
import io.globaldesk.alerting.Direction;

import java.nio.file.Path;
import java.util.List;

/**
 * Grid search of the detector's global settings over the NAB corpus (one setting for all files, never per file).
 * Usage: {@code ./globaldesk bench main io.globaldesk.bench.NabTuning [nab-dir]}.
 */
public final class NabTuning {
    public static void main(String[] args) throws Exception {
        List<NabCorpus.Series> corpus = NabCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/data/nab"));
        NabScorer scorer = new NabScorer();
        for (int window : new int[] {256, 384, 512})
            for (double pointZ : new double[] {6, 7})
                for (double h : new double[] {14, 20})
                    for (double k : new double[] {1.0})
                        for (double eta : new double[] {0.02, 0.03})
                            for (int quiet : new int[] {30, 50}) {
                                DetectorSettings s = new DetectorSettings(window, 24, 60, 4, 2, pointZ, k, h, 5.0, eta, Direction.BOTH);
                                List<NabScorer.ScoredFile> files = new NabRun(s, quiet).score(corpus);
                                System.out.printf("w=%d z=%.1f h=%.1f k=%.1f eta=%.2f q=%d  std %.2f  lowFP %.2f  lowFN %.2f  opt %.2f%n",
                                        window, pointZ, h, k, eta, quiet,
                                        scorer.scoreAt(files, NabScorer.Profile.STANDARD, 0.5).normalised(),
                                        scorer.scoreAt(files, NabScorer.Profile.REWARD_LOW_FP, 0.5).normalised(),
                                        scorer.scoreAt(files, NabScorer.Profile.REWARD_LOW_FN, 0.5).normalised(),
                                        scorer.optimise(files, NabScorer.Profile.STANDARD).normalised());
                            }
    }
}
