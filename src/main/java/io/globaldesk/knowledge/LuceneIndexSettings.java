package io.globaldesk.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the Lucene index runs. {@code refreshInterval} zero means changes become visible only on an explicit
 * refresh; {@code rerankDepth} is how many BM25 hits the embedding re-rank considers.
 */
public record LuceneIndexSettings(Path directory, Duration refreshInterval, boolean verifyChecksumsOnOpen,
                                  int indexingThreads, int rerankDepth) {

    public LuceneIndexSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("refreshInterval cannot be negative");
        }
        if (indexingThreads < 1) {
            throw new IllegalArgumentException("indexingThreads must be at least 1, was " + indexingThreads);
        }
        if (rerankDepth < 1) {
            throw new IllegalArgumentException("rerankDepth must be at least 1, was " + rerankDepth);
        }
    }

    /** One-second refresh, checksums verified on open, one indexing thread per core, re-rank of the top 30. */
    public static LuceneIndexSettings defaults(Path directory) {
        return new LuceneIndexSettings(directory, Duration.ofSeconds(1), true,
                Runtime.getRuntime().availableProcessors(), 30);
    }

    public LuceneIndexSettings withRefreshInterval(Duration interval) {
        return new LuceneIndexSettings(directory, interval, verifyChecksumsOnOpen, indexingThreads, rerankDepth);
    }

    public LuceneIndexSettings withVerifyChecksumsOnOpen(boolean verify) {
        return new LuceneIndexSettings(directory, refreshInterval, verify, indexingThreads, rerankDepth);
    }
}
