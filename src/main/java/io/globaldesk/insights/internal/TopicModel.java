package io.globaldesk.insights.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.globaldesk.insights.Topic;
import io.globaldesk.insights.TopicTrends.RisingTerm;
import io.globaldesk.insights.TopicTrends.RisingTopic;

/**
 * Topics of one period: texts are clustered per language with Lingo. Above {@code sampleCap} texts in a language, Lingo
 * runs on an evenly spread sample. Every text Lingo left out (or did not see) joins the topic whose keywords it shares
 * most, so counts cover all texts while clustering time stays bounded. Lingo's time grows much faster than its
 * sample (its matrix factorization dominates): on 100,000 generated tickets a sample of 1,000 per language clusters
 * about five times faster than 2,000, with the same purity (TopicsBenchmark prints both). SDK platforms and versions are taken out of the
 * texts first: they are counted apart and would otherwise make topics of their own ("Android SDK").
 */
public final class TopicModel {

    /** A ticket (with its id) or an assistant question (id null). */
    public record Doc(UUID ticketId, String language, String subject, String body) {
    }

    /** A doc's words, computed once. */
    public record Analysed(Doc doc, String language, Set<String> words) {
    }

    private static final int EXAMPLES = 5;
    private static final int KEYWORDS = 6;

    private final LingoClusterer lingo;
    private final int sampleCap;

    public TopicModel(LingoClusterer lingo, int sampleCap) {
        this.lingo = lingo;
        this.sampleCap = sampleCap;
    }

    /** A computed topic with the keywords used to match texts of other periods, and its tickets. */
    public record Found(Topic topic, Set<String> keywords, List<UUID> members) {
    }

    /** The words of each doc, in the order given; the work is spread over the cores (Lucene analyzers are thread-safe). */
    public static List<Analysed> analyse(List<Doc> docs) {
        return docs.size() < 1000 ? docs.stream().map(TopicModel::analyse).toList()
                : docs.parallelStream().map(TopicModel::analyse).toList();
    }

    public static Analysed analyse(Doc d) {
        String language = TextAnalysis.language(d.language());
        String text = d.subject() + "\n" + truncate(d.body());
        return new Analysed(d, language, new HashSet<>(TextAnalysis.words(language, SdkMentions.strip(text))));
    }

    public List<Found> topics(List<Analysed> docs, int maxTopics) {
        Map<String, List<Analysed>> byLanguage = new LinkedHashMap<>();
        for (Analysed a : docs) byLanguage.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(a);
        // Languages are clustered in parallel; the result keeps their order, so topics come out the same every time.
        List<Found> found = new ArrayList<>(byLanguage.entrySet().parallelStream().filter(e -> e.getValue().size() >= 5)
                .flatMap(e -> topicsOf(e.getKey(), e.getValue(), maxTopics).stream()).toList());
        found.sort(Comparator.comparingInt((Found f) -> f.topic().ticketCount() + f.topic().questionCount()).reversed());
        return found.size() > maxTopics * 2 ? found.subList(0, maxTopics * 2) : found;
    }

    private List<Found> topicsOf(String language, List<Analysed> docs, int maxTopics) {
        int step = Math.max(1, (int) Math.ceil(docs.size() / (double) sampleCap));
        List<LingoClusterer.Text> sample = new ArrayList<>();
        List<Integer> sampleIndex = new ArrayList<>();
        for (int i = 0; i < docs.size(); i += step) {
            Doc d = docs.get(i).doc();
            sample.add(new LingoClusterer.Text(sample.size(), TextAnalysis.forClustering(language, SdkMentions.strip(d.subject())),
                    TextAnalysis.forClustering(language, SdkMentions.strip(truncate(d.body())))));
            sampleIndex.add(i);
        }
        int desired = Math.min(maxTopics * 2, Math.max(6, sample.size() / 8));
        Map<String, Integer> df = documentFrequency(docs);
        List<LingoClusterer.Group> specific = lingo.cluster(language, sample, desired).stream()
                .filter(g -> !generic(language, g.label(), df, docs.size())).toList();
        List<LingoClusterer.Group> groups = mergeSimilar(specific,
                i -> docs.get(sampleIndex.get(i)).words(), w -> Math.log(docs.size() / (double) df.getOrDefault(w, 1)));
        List<List<Integer>> members = new ArrayList<>();
        List<Set<String>> keywords = new ArrayList<>();
        Set<Integer> assigned = new HashSet<>();
        for (LingoClusterer.Group g : groups) {
            List<Integer> m = new ArrayList<>();
            for (int s : g.members()) m.add(sampleIndex.get(s));
            members.add(m);
            assigned.addAll(m);
            keywords.add(new java.util.LinkedHashSet<>(keywords(m.stream().map(docs::get).toList(), df, docs.size())));
        }
        for (int i = 0; i < docs.size(); i++) {
            if (assigned.contains(i)) continue;
            int best = -1;
            int bestOverlap = 0;
            for (int g = 0; g < groups.size(); g++) {
                int overlap = overlap(docs.get(i).words(), keywords.get(g));
                if (overlap > bestOverlap && matches(overlap, keywords.get(g))) {
                    best = g;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) members.get(best).add(i);
        }
        List<Found> found = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Analysed> in = members.get(g).stream().map(docs::get).toList();
            List<UUID> tickets = in.stream().map(a -> a.doc().ticketId()).filter(java.util.Objects::nonNull).toList();
            int questions = in.size() - tickets.size();
            Topic topic = new Topic(groups.get(g).label(), List.copyOf(keywords.get(g)), tickets.size(),
                    tickets.stream().limit(EXAMPLES).toList(), language, questions);
            found.add(new Found(topic, keywords.get(g), tickets));
        }
        return found;
    }

    /**
     * Lingo often names one theme several times, once per way customers phrase it ("Video freezes every few seconds",
     * "Frozen video in meetings"). Clusters whose word profiles have a cosine of at least {@link #SAME_THEME} are merged,
     * most similar pair first; the merged topic keeps the label of its bigger part.
     */
    static List<LingoClusterer.Group> mergeSimilar(List<LingoClusterer.Group> groups,
                                                   java.util.function.IntFunction<Set<String>> words,
                                                   java.util.function.ToDoubleFunction<String> idf) {
        List<LingoClusterer.Group> merged = new ArrayList<>(groups);
        List<Map<String, Double>> profiles = new ArrayList<>();
        for (LingoClusterer.Group g : merged) profiles.add(profile(g.members(), words, idf));
        while (merged.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = SAME_THEME;
            for (int a = 0; a < merged.size(); a++) {
                for (int b = a + 1; b < merged.size(); b++) {
                    double c = cosine(profiles.get(a), profiles.get(b));
                    if (c >= best) {
                        best = c;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) break;
            LingoClusterer.Group a = merged.get(bestA);
            LingoClusterer.Group b = merged.get(bestB);
            Set<Integer> members = new java.util.LinkedHashSet<>(a.members());
            members.addAll(b.members());
            String label = labelWeight(a) >= labelWeight(b) ? a.label() : b.label();
            LingoClusterer.Group union = new LingoClusterer.Group(label, List.copyOf(members), Math.max(a.score(), b.score()));
            merged.remove(bestB);
            profiles.remove(bestB);
            merged.set(bestA, union);
            profiles.set(bestA, profile(union.members(), words, idf));
        }
        return merged;
    }

    static final double SAME_THEME = 0.5;

    /**
     * A one-word label used by more than a tenth of all texts ("Users", "Remote") gathers texts of different themes;
     * such clusters are dropped and their texts find their topic by keywords.
     */
    static boolean generic(String language, String label, Map<String, Integer> df, int total) {
        List<String> words = TextAnalysis.words(language, label);
        return words.isEmpty() || words.size() == 1 && df.getOrDefault(words.getFirst(), 0) > total / 10;
    }

    /** A one-word label ("Remote") says less than a phrase; the bigger part's phrase wins. */
    private static double labelWeight(LingoClusterer.Group g) {
        return g.members().size() * (g.label().contains(" ") || g.label().length() > 4 && !g.label().matches("[\\p{IsLatin}]+") ? 1.5 : 1.0);
    }

    private static Map<String, Double> profile(List<Integer> members, java.util.function.IntFunction<Set<String>> words,
                                               java.util.function.ToDoubleFunction<String> idf) {
        Map<String, Double> p = new HashMap<>();
        for (int m : members) for (String w : words.apply(m)) p.merge(w, idf.applyAsDouble(w), Double::sum);
        return p;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            na += e.getValue() * e.getValue();
            Double o = b.get(e.getKey());
            if (o != null) dot += e.getValue() * o;
        }
        for (double v : b.values()) nb += v * v;
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** A text belongs to a topic when it holds at least half (and at least three) of the topic's keywords. */
    static boolean matches(int overlap, Set<String> keywords) {
        return overlap >= Math.max(3, (keywords.size() + 1) / 2);
    }

    static int overlap(Set<String> words, Set<String> keywords) {
        int n = 0;
        for (String k : keywords) if (words.contains(k)) n++;
        return n;
    }

    static List<String> keywords(List<Analysed> members, Map<String, Integer> df, int total) {
        Map<String, Integer> inCluster = new HashMap<>();
        for (Analysed a : members) for (String w : a.words()) inCluster.merge(w, 1, Integer::sum);
        int minimum = Math.max(2, members.size() / 5);
        return inCluster.entrySet().stream().filter(e -> e.getValue() >= minimum)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) ->
                        -e.getValue() * Math.log(1.0 + total / (double) df.getOrDefault(e.getKey(), 1))))
                .limit(KEYWORDS).map(Map.Entry::getKey).toList();
    }

    static Map<String, Integer> documentFrequency(List<Analysed> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (Analysed a : docs) for (String w : a.words()) df.merge(w, 1, Integer::sum);
        return df;
    }

    /** Words in markedly more of this period's texts than the previous period's (per language, add-one smoothed). */
    public static List<RisingTerm> risingTerms(List<Analysed> current, List<Analysed> previous, int minCount, int limit) {
        Map<String, Integer> cur = new HashMap<>();
        Map<String, Integer> prev = new HashMap<>();
        Map<String, Integer> curTotals = new HashMap<>();
        Map<String, Integer> prevTotals = new HashMap<>();
        for (Analysed a : current) {
            curTotals.merge(a.language(), 1, Integer::sum);
            for (String w : a.words()) cur.merge(a.language() + "\t" + w, 1, Integer::sum);
        }
        for (Analysed a : previous) {
            prevTotals.merge(a.language(), 1, Integer::sum);
            for (String w : a.words()) prev.merge(a.language() + "\t" + w, 1, Integer::sum);
        }
        List<RisingTerm> rising = new ArrayList<>();
        for (Map.Entry<String, Integer> e : cur.entrySet()) {
            if (e.getValue() < minCount) continue;
            String[] key = e.getKey().split("\t", 2);
            int before = prev.getOrDefault(e.getKey(), 0);
            double growth = growth(e.getValue(), curTotals.get(key[0]), before, prevTotals.getOrDefault(key[0], 0));
            if (growth >= 2.0) rising.add(new RisingTerm(key[1], key[0], e.getValue(), before, round(growth)));
        }
        rising.sort(Comparator.comparingDouble((RisingTerm t) -> -t.count() * Math.log(t.growth())));
        return rising.size() > limit ? rising.subList(0, limit) : rising;
    }

    /** Each topic's share now against the share of previous texts (same language) holding all its label words. */
    public static List<RisingTopic> risingTopics(List<Found> topics, List<Analysed> current, List<Analysed> previous) {
        Map<String, Integer> curTotals = new HashMap<>();
        Map<String, Integer> prevTotals = new HashMap<>();
        for (Analysed a : current) curTotals.merge(a.language(), 1, Integer::sum);
        for (Analysed a : previous) prevTotals.merge(a.language(), 1, Integer::sum);
        List<RisingTopic> out = new ArrayList<>();
        for (Found f : topics) {
            if (f.keywords().isEmpty()) continue;
            String language = f.topic().language();
            int now = f.topic().ticketCount() + f.topic().questionCount();
            int before = (int) previous.stream().filter(a -> a.language().equals(language) && matches(overlap(a.words(), f.keywords()), f.keywords())).count();
            double growth = growth(now, curTotals.getOrDefault(language, 0), before, prevTotals.getOrDefault(language, 0));
            out.add(new RisingTopic(f.topic().label(), language, now, before, round(growth)));
        }
        out.sort(Comparator.comparingDouble(RisingTopic::growth).reversed());
        return out;
    }

    /** The tickets among {@code docs} whose words are most like {@code words} (Dice), best first, without {@code self}. */
    public static List<UUID> similar(Set<String> words, String language, UUID self, List<Analysed> docs, int limit) {
        record Scored(UUID id, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Analysed a : docs) {
            if (a.doc().ticketId() == null || a.doc().ticketId().equals(self) || !a.language().equals(language)) continue;
            int common = overlap(a.words(), words);
            if (common == 0) continue;
            double dice = 2.0 * common / (a.words().size() + words.size());
            if (dice >= 0.5) scored.add(new Scored(a.doc().ticketId(), dice));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored.stream().limit(limit).map(Scored::id).toList();
    }

    private static double growth(int now, int nowTotal, int before, int beforeTotal) {
        double shareNow = now / (double) Math.max(1, nowTotal);
        double shareBefore = (before + 1) / (double) Math.max(1, beforeTotal + 1);
        return shareNow / shareBefore;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String truncate(String body) {
        if (body == null) return "";
        return body.length() > 600 ? body.substring(0, 600) : body;
    }
}
