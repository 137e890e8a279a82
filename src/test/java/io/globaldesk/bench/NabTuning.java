package io.globaldesk.bench;

import io.globaldesk.alerting.DetectorSettings;
import io.globaldesk.alerting.Direction;

import java.nio.file.Path;
import java.util.List;

/**
 * Grid search of the detector's global settings over the NAB corpus (one setting for all files, never per file).
 * Usage: {@code ./globaldesk bench main io.globaldesk.bench.NabTuning [nab-dir] [pointZ,cusumH ...]}.
 */
public final class NabTuning {
    public static void main(String[] args) throws Exception {
        List<NabCorpus.Series> corpus = NabCorpus.load(Path.of(args.length > 0 ? args[0] : "../shared/data/nab"));
        NabScorer scorer = new NabScorer();
        DetectorSettings d = DetectorSettings.defaults();
        for (int a = 1; a < args.length; a++) {
            String[] zh = args[a].split(",");
            double pointZ = Double.parseDouble(zh[0]);
            double h = Double.parseDouble(zh[1]);
            DetectorSettings s = new DetectorSettings(d.window(), d.minHistory(), d.bucketMinutes(), d.seasonMemory(), d.minSeasons(),
                    pointZ, d.cusumK(), h, d.zCap(), d.tailAdaptation(), Direction.BOTH);
            List<NabScorer.ScoredFile> files = new NabRun(s, NabBenchmark.QUIET_ROWS).score(corpus);
            System.out.printf("z=%.1f h=%.1f  std %.2f  lowFP %.2f  lowFN %.2f  opt %.2f%n", pointZ, h,
                    scorer.scoreAt(files, NabScorer.Profile.STANDARD, 0.5).normalised(),
                    scorer.scoreAt(files, NabScorer.Profile.REWARD_LOW_FP, 0.5).normalised(),
                    scorer.scoreAt(files, NabScorer.Profile.REWARD_LOW_FN, 0.5).normalised(),
                    scorer.optimise(files, NabScorer.Profile.STANDARD).normalised());
        }
    }
}
