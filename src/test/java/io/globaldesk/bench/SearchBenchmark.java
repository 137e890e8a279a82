package io.globaldesk.bench;

import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.EmbeddingProvider;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.LuceneIndexSettings;
import io.globaldesk.knowledge.LuceneKnowledgeIndex;
import io.globaldesk.knowledge.OnnxEmbeddingProvider;
import io.globaldesk.knowledge.SearchQuery;
import io.globaldesk.knowledge.Termbase;
import io.globaldesk.knowledge.internal.IndexFields;
import io.globaldesk.knowledge.internal.LanguageAnalyzers;
import io.globaldesk.knowledge.internal.QueryFactory;
import io.globaldesk.knowledge.internal.SnippetHighlighter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Builds a synthetic index of N articles x 8 locales, then measures open-loop search latency at a fixed rate through
 * {@code KnowledgeIndex} and through a raw Lucene {@code IndexSearcher} running the same query on the same index.
 * Re-rank is measured apart, on a small index with real English vectors: embedding 100,000 articles with the ONNX
 * model would take hours on this hardware. The load average is printed at the start and the end.
 * Args: [articles=100000] [seconds per run=30] [queries/s=200] [index dir=target/bench-index] [build budget s=600]
 * [reuse: skip the rebuild]. The corpus is cut where the build budget runs out, and the size reached is reported.
 * The raw baseline runs twice: search and title only, and search plus the same snippet highlighting.
 * Latency counts from the moment a query was due, so a stall delays every query behind it (no coordinated omission).
 */
public final class SearchBenchmark {

    private static final int LIMIT = 10;

    public static void main(String[] args) throws Exception {
        long articles = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path dir = Path.of(args.length > 3 ? args[3] : "target/bench-index");
        System.out.printf("target corpus: %,d articles x 8 locales, %d cores, heap %d MB, load average %s%n", articles,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());

        LuceneIndexSettings settings = LuceneIndexSettings.defaults(dir).withRefreshInterval(Duration.ZERO)
                .withVerifyChecksumsOnOpen(false);
        try (LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(settings, Termbase::empty, EmbeddingProvider.NONE)) {
            long budget = args.length > 4 ? Long.parseLong(args[4]) : 600;
            boolean reuse = args.length > 5 && args[5].equals("reuse") && !index.health().needsRebuild();
            if (!reuse) {
                rebuild(index, articles, budget, dir);
            }
            // The measured queries are not the warm-up's, so no cache answers them from the warm-up.
            List<SearchQuery> warmUp = queries(2000, 7);
            List<SearchQuery> queries = queries(rate * seconds, 8);
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
                 LanguageAnalyzers analyzers = new LanguageAnalyzers()) {
                IndexSearcher raw = new IndexSearcher(reader);
                QueryFactory factory = new QueryFactory(analyzers);
                Consumer<SearchQuery> viaIndex = index::search;
                SnippetHighlighter highlighter = new SnippetHighlighter(analyzers);
                Consumer<SearchQuery> viaRaw = q -> rawSearch(raw, factory, null, q);
                Consumer<SearchQuery> viaRawHighlighted = q -> rawSearch(raw, factory, highlighter, q);
                openLoop("warm-up KnowledgeIndex", viaIndex, warmUp, rate, 10);
                openLoop("warm-up raw Lucene", viaRawHighlighted, warmUp, rate, 10);
                List<double[]> measured = interleaved(List.of("KnowledgeIndex", "raw Lucene", "raw Lucene + highlight"),
                        List.of(viaIndex, viaRaw, viaRawHighlighted), queries, rate, seconds);
                double[] viaIndexP = measured.get(0);
                double[] viaRawP = measured.get(1);
                double[] viaRawHighlightedP = measured.get(2);
                double[] serviceIndex = closedLoop("KnowledgeIndex", viaIndex, queries);
                double[] serviceRaw = closedLoop("raw Lucene", viaRaw, queries);
                double[] serviceRawHighlighted = closedLoop("raw Lucene + highlight", viaRawHighlighted, queries);
                closedLoop("raw, counting to 1000", q -> rawSearch(raw, factory, null, q, DEFAULT_COUNT), queries);
                System.out.printf("service-time ratio KnowledgeIndex/raw: p50 %.2fx, p99 %.2fx; /raw+highlight: p50 %.2fx, p99 %.2fx%n",
                        serviceIndex[0] / serviceRaw[0], serviceIndex[1] / serviceRaw[1],
                        serviceIndex[0] / serviceRawHighlighted[0], serviceIndex[1] / serviceRawHighlighted[1]);
                System.out.printf("ratio KnowledgeIndex/raw: p50 %.2fx, p99 %.2fx%n", viaIndexP[0] / viaRawP[0],
                        viaIndexP[1] / viaRawP[1]);
                System.out.printf("ratio KnowledgeIndex/raw+highlight: p50 %.2fx, p99 %.2fx%n",
                        viaIndexP[0] / viaRawHighlightedP[0], viaIndexP[1] / viaRawHighlightedP[1]);
            }
        }
        rerankCost(dir.resolveSibling(dir.getFileName() + "-rerank"));
        System.out.printf("load average at the end: %s%n", loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void rebuild(LuceneKnowledgeIndex index, long wanted, long budgetSeconds, Path dir)
            throws java.io.IOException {
        long start = System.nanoTime();
        long deadline = start + budgetSeconds * 1_000_000_000L;
        java.util.concurrent.atomic.AtomicLong built = new java.util.concurrent.atomic.AtomicLong();
        index.rebuild(SyntheticKnowledgeCorpus.articles(wanted, 42).takeWhile(a -> System.nanoTime() < deadline)
                .peek(a -> built.incrementAndGet()), (n, done) -> {
            if (done || n % 10_000 == 0) {
                System.out.printf("  indexed %,d articles after %.1f s%n", n, (System.nanoTime() - start) / 1e9);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long articles = built.get();
        System.out.printf("full rebuild: %,d of %,d articles (%,d documents) in %.1f s, %,.0f articles/s, %,.0f documents/s,"
                + " index %,d MB%n", articles, wanted, articles * 8, seconds, articles / seconds, articles * 8 / seconds, sizeMb(dir));
    }

    /** Lucene's default: hits are counted exactly up to this many, which limits BM25's pruning. */
    private static final int DEFAULT_COUNT = 1000;

    private static void rawSearch(IndexSearcher searcher, QueryFactory factory, SnippetHighlighter highlighter,
                                  SearchQuery query) {
        rawSearch(searcher, factory, highlighter, query, LIMIT);
    }

    private static void rawSearch(IndexSearcher searcher, QueryFactory factory, SnippetHighlighter highlighter,
                                  SearchQuery query, int countUpTo) {
        try {
            KnowledgeLanguage language = query.language();
            Query text = factory.textQuery(language, query.text()).orElseThrow();
            Query restricted = QueryFactory.restrict(text, query.audience());
            StoredFields stored = searcher.storedFields();
            // The same collector settings and stored-field selection as the service: the baseline does the same job.
            ScoreDoc[] hits = searcher.search(restricted, new TopScoreDocCollectorManager(LIMIT, null, countUpTo)).scoreDocs;
            String title = IndexFields.title(language);
            for (ScoreDoc hit : hits) {
                stored.document(hit.doc, Set.of(title)).get(title);
            }
            if (highlighter != null) {
                highlighter.highlight(searcher, IndexFields.body(language), text, hits);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<SearchQuery> queries(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        KnowledgeLanguage[] languages = KnowledgeLanguage.values();
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KnowledgeLanguage language = languages[i % languages.length];
            queries.add(new SearchQuery(SyntheticKnowledgeCorpus.query(language, random), language.code(), Audience.CUSTOMER, LIMIT));
        }
        return queries;
    }

    /** One query after the other on one thread: the work a query costs, free of queueing. Returns {p50, p99} in ms. */
    private static double[] closedLoop(String name, Consumer<SearchQuery> search, List<SearchQuery> queries) {
        long[] times = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            search.accept(queries.get(i));
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double p50 = times[times.length / 2] / 1e6;
        double p99 = times[(int) (times.length * 0.99)] / 1e6;
        System.out.printf("%-24s service time, %d queries one at a time: p50 %.2f ms, p99 %.2f ms%n", name, times.length, p50, p99);
        return new double[] {p50, p99};
    }

    /**
     * The paths take turns in slices of {@value #SLICE_SECONDS} s, each slice running the same queries, so that a change
     * in the load other processes put on the machine falls on every path alike. Returns {p50, p99} in ms per path.
     */
    private static List<double[]> interleaved(List<String> names, List<Consumer<SearchQuery>> paths,
                                              List<SearchQuery> queries, int rate, int seconds) throws InterruptedException {
        int slices = Math.max(1, seconds / SLICE_SECONDS);
        int perSlice = rate * SLICE_SECONDS;
        List<long[]> latencies = new ArrayList<>();
        paths.forEach(p -> latencies.add(new long[slices * perSlice]));
        for (int slice = 0; slice < slices; slice++) {
            List<SearchQuery> sliceQueries = new ArrayList<>(perSlice);
            for (int i = 0; i < perSlice; i++) {
                sliceQueries.add(queries.get((slice * perSlice + i) % queries.size()));
            }
            for (int turn = 0; turn < paths.size(); turn++) {
                int p = (turn + slice) % paths.size(); // who goes first rotates: no path always finds warm caches
                long[] measured = latencies(paths.get(p), sliceQueries, rate, SLICE_SECONDS);
                System.arraycopy(measured, 0, latencies.get(p), slice * perSlice, perSlice);
            }
        }
        List<double[]> result = new ArrayList<>();
        for (int p = 0; p < paths.size(); p++) {
            long[] all = latencies.get(p);
            Arrays.sort(all);
            double p50 = all[all.length / 2] / 1e6;
            double p99 = all[(int) (all.length * 0.99)] / 1e6;
            System.out.printf("%-24s %d queries at %d/s (%d slices of %d s, taking turns): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    names.get(p), all.length, rate, slices, SLICE_SECONDS, p50, p99, all[all.length - 1] / 1e6);
            result.add(new double[] {p50, p99});
        }
        return result;
    }

    private static final int SLICE_SECONDS = 2;

    /** Returns {p50, p99} in milliseconds. */
    private static double[] openLoop(String name, Consumer<SearchQuery> search, List<SearchQuery> queries, int rate,
                                     int seconds) throws InterruptedException {
        long[] latencies = latencies(search, queries, rate, seconds);
        int total = latencies.length;
        Arrays.sort(latencies);
        double p50 = latencies[total / 2] / 1e6;
        double p99 = latencies[(int) (total * 0.99)] / 1e6;
        System.out.printf("%-24s %d queries at %d/s: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", name, total, rate, p50, p99,
                latencies[total - 1] / 1e6);
        return new double[] {p50, p99};
    }

    /** Each query's latency from the moment it was due, in schedule order (nanoseconds). */
    private static long[] latencies(Consumer<SearchQuery> search, List<SearchQuery> queries, int rate, int seconds)
            throws InterruptedException {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        ExecutorService workers = Executors.newFixedThreadPool(8);
        long t0 = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = t0 + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            SearchQuery query = queries.get(i % queries.size());
            int slot = i;
            workers.execute(() -> {
                search.accept(query);
                latencies[slot] = System.nanoTime() - due;
            });
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.MINUTES);
        return latencies;
    }

    /** Closed-loop cost of the English embedding re-rank on a small index that carries vectors. */
    private static void rerankCost(Path dir) throws Exception {
        int articles = 300;
        List<SearchQuery> queries = queries(800, 9).stream().filter(q -> q.language() == KnowledgeLanguage.EN).toList();
        long distinct = queries.stream().map(SearchQuery::text).distinct().count();
        LuceneIndexSettings settings = LuceneIndexSettings.defaults(dir).withRefreshInterval(Duration.ZERO)
                .withVerifyChecksumsOnOpen(false);
        OnnxEmbeddingProvider onnx = new OnnxEmbeddingProvider();
        EmbeddingProvider englishOnly = new EmbeddingProvider() {
            @Override
            public boolean supports(KnowledgeLanguage language) {
                return language == KnowledgeLanguage.EN;
            }

            @Override
            public float[] embed(KnowledgeLanguage language, String text) {
                return onnx.embed(language, text);
            }
        };
        double firstAsked;
        double askedAgain;
        try (LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(settings, Termbase::empty, englishOnly)) {
            long start = System.nanoTime();
            index.rebuild(SyntheticKnowledgeCorpus.articles(articles, 43), (n, done) -> { });
            System.out.printf("re-rank index: %d articles with en vectors in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
            index.search(new SearchQuery("warm the model up", "en", Audience.CUSTOMER, LIMIT));
            firstAsked = meanServiceTime(index, queries, 1);
            askedAgain = meanServiceTime(index, queries, 3);
        }
        try (LuceneKnowledgeIndex without = new LuceneKnowledgeIndex(settings, Termbase::empty, EmbeddingProvider.NONE)) {
            meanServiceTime(without, queries, 1);
            double base = meanServiceTime(without, queries, 3);
            System.out.printf("en re-rank (top %d), %d queries (%d distinct): %.2f ms/query asked first (query embedded),"
                            + " %.2f ms/query asked again (vector cached), %.2f ms/query without re-rank;"
                            + " cost %.2f ms first, %.2f ms again%n", settings.rerankDepth(), queries.size(), distinct,
                    firstAsked, askedAgain, base, firstAsked - base, askedAgain - base);
        }
    }

    private static double meanServiceTime(LuceneKnowledgeIndex index, List<SearchQuery> queries, int rounds) {
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            queries.forEach(index::search);
        }
        return (System.nanoTime() - start) / 1e6 / ((double) rounds * queries.size());
    }

    private static long sizeMb(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }
}
