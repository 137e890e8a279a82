package io.globaldesk.assistant.internal;

import io.globaldesk.assistant.ArticleContents;
import io.globaldesk.assistant.AskerContext;
import io.globaldesk.assistant.AssistantArticle;
import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeIndex;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.SearchHit;
import io.globaldesk.knowledge.SearchQuery;
import io.globaldesk.knowledge.Termbase;
import io.globaldesk.language.PlatformMentions;
import io.globaldesk.language.ProductTermCorrector;
import io.globaldesk.language.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and ranks the articles for a question: BM25 in the user's locale (with the index's fallback to the source
 * locale), a second search in English built from the termbase's source terms and the Latin-script technical words of
 * the question, fused by normalised score, then re-ranked by how much of the question the article covers (title
 * counting more), its tags and its platform. The top candidate's coverage and its margin over the next give the
 * confidence.
 */
public final class Retrieval {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_.+#-]*[A-Za-z0-9+#]|[A-Za-z]");
    private static final Pattern TECHNICAL = Pattern.compile(".*\\d.*|[A-Z0-9]{2,}");
    private final KnowledgeIndex index;
    private final ArticleContents contents;
    private final Supplier<Termbase> termbase;
    private final Supplier<ProductTermCorrector> corrector;
    private final TextNormalizer normalizer;
    private final TermAnalysis analysis;
    private final int depth;
    private final Set<String> productWords;
    private final Supplier<ParallelLexicon> lexicon;

    public Retrieval(KnowledgeIndex index, ArticleContents contents, Supplier<Termbase> termbase,
                     Supplier<ProductTermCorrector> corrector, Set<String> productWords, TextNormalizer normalizer,
                     TermAnalysis analysis, Supplier<ParallelLexicon> lexicon, int depth) {
        this.lexicon = lexicon;
        this.productWords = productWords;
        this.index = index;
        this.contents = contents;
        this.termbase = termbase;
        this.corrector = corrector;
        this.normalizer = normalizer;
        this.analysis = analysis;
        this.depth = depth;
    }

    /** A ranked article; {@code locale} is the best locale to cite for the user. */
    public record Candidate(long articleId, String externalId, String title, String locale, String category,
                            double score, double confidence, double coverage, double titleCoverage,
                            double fused, double knownShare, double margin, int questionTerms, double[] features) {
    }

    /** Weights of the ranking features: native BM25, fallback BM25, English BM25, coverage, title coverage, tags, platform. */
    static final double[] WEIGHTS = {0.5, 0.8, 0.3, 1.0, 0.2, 1.0, 1.0};

    private static final class Acc {
        long articleId;
        String externalId;
        double fused;
        final double[] bm25 = new double[3];
        String nativeTitle;
        String nativeLocale;
        String fallbackTitle;
        String fallbackLocale;
    }

    /**
     * @param question the text to search (may include the earlier question of a follow-up)
     * @param latest   the latest message alone, whose platform mentions count most
     */
    public List<Candidate> rank(String question, String latest, KnowledgeLanguage language, AskerContext asker) {
        String key = normalizer.forSearch(question, corrector.get());
        Map<String, Acc> found = new LinkedHashMap<>();
        List<SearchHit> hits = index.search(new SearchQuery(key, language.code(), Audience.ASSISTANT, depth));
        List<SearchHit> nativeHits = hits.stream().filter(h -> !h.fallback()).toList();
        List<SearchHit> fallbackHits = hits.stream().filter(SearchHit::fallback).toList();
        // Each list on its own scale: native scores may be re-ranked blends in 0..1, fallback scores are raw BM25.
        fuse(found, nativeHits, 0, true, maxScore(nativeHits));
        fuse(found, fallbackHits, 1, false, maxScore(fallbackHits));
        String english = key;
        if (language != KnowledgeLanguage.EN) {
            english = englishQuery(key, language);
            if (!english.isBlank()) {
                List<SearchHit> englishHits = index.search(new SearchQuery(english, "en", Audience.ASSISTANT, depth));
                fuse(found, englishHits, 2, false, maxScore(englishHits));
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> mentioned = platforms(key);
        Set<String> latestMentioned = platforms(normalizer.forSearch(latest, corrector.get()));
        Set<String> nativeTerms = analysis.terms(language, key);
        Set<String> englishTerms = analysis.terms(KnowledgeLanguage.EN, english);
        List<Candidate> ranked = new ArrayList<>();
        for (Acc acc : found.values()) {
            String locale = acc.nativeLocale != null ? acc.nativeLocale : acc.fallbackLocale;
            Optional<AssistantArticle> article = contents.find(acc.externalId, locale);
            if (article.isEmpty() && acc.fallbackLocale != null) {
                article = contents.find(acc.externalId, acc.fallbackLocale);
            }
            if (article.isEmpty()) {
                article = contents.find(acc.externalId, KnowledgeLanguage.EN.code());
            }
            if (article.isEmpty()) {
                continue;
            }
            AssistantArticle a = article.get();
            KnowledgeLanguage articleLanguage = KnowledgeLanguage.of(a.locale());
            Set<String> question_ = articleLanguage == language ? nativeTerms : englishTerms;
            Set<String> body = termsOf(a, articleLanguage).body();
            Set<String> title = termsOf(a, articleLanguage).title();
            ParallelLexicon stats = lexicon.get();
            double coverage = weightedShare(question_, body, stats, articleLanguage);
            double titleCoverage = weightedShare(question_, title, stats, articleLanguage);
            Set<String> tagTerms = termsOf(a, articleLanguage).tags();
            double tagHits = englishTerms.stream().filter(tagTerms::contains).count();
            double[] features = {acc.bm25[0], acc.bm25[1], acc.bm25[2], coverage, titleCoverage,
                    Math.min(0.3, 0.1 * tagHits), platformBonus(a, mentioned, latestMentioned, asker.platforms())};
            double score = 0;
            for (int i = 0; i < features.length; i++) {
                score += WEIGHTS[i] * features[i];
            }
            ranked.add(new Candidate(acc.articleId, acc.externalId, a.title(), a.locale(),
                    a.category() == null ? "" : a.category(), score, 0, coverage, titleCoverage, acc.fused, 0, 0,
                    question_.size(), features));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (ranked.isEmpty()) {
            return ranked;
        }
        Candidate top = ranked.getFirst();
        double next = ranked.size() > 1 ? ranked.get(1).score() : 0;
        double knownShare = lexicon.get().knownShare(language, nativeTerms);
        double margin = top.score() <= 0 ? 0 : (top.score() - next) / top.score();
        Candidate scored = new Candidate(top.articleId(), top.externalId(), top.title(), top.locale(), top.category(),
                top.score(), 0, top.coverage(), top.titleCoverage(), top.fused(), knownShare, margin, top.questionTerms(),
                top.features());
        double confidence = calibrate(scored);
        List<Candidate> result = new ArrayList<>(ranked.size());
        result.add(new Candidate(top.articleId(), top.externalId(), top.title(), top.locale(), top.category(),
                top.score(), confidence, top.coverage(), top.titleCoverage(), top.fused(), knownShare, margin,
                top.questionTerms(), top.features()));
        result.addAll(ranked.subList(1, ranked.size()));
        return result;
    }

    /**
     * Logistic over the top article's coverage of the question and its lead over the runner-up: a question whose words
     * the best article mostly contains, and which one article clearly wins, is likely answered by it.
     */
    static double calibrate(Candidate top) {
        if (top.questionTerms() == 0) {
            return 0;
        }
        // How much of the question the knowledge base knows at all weighs most: questions about the weather or
        // another product are mostly made of words no article uses. Then the best article's coverage and its lead.
        double x = (2 * top.coverage() + 4 * top.knownShare() + 3 * Math.min(0.5, top.margin())) / 7.5;
        return 1 / (1 + Math.exp(-10 * (x - 0.5)));
    }
    private static double maxScore(List<SearchHit> hits) {
        return hits.stream().mapToDouble(SearchHit::score).max().orElse(0);
    }

    private void fuse(Map<String, Acc> found, List<SearchHit> hits, int source, boolean nativeHits, double max) {
        if (max <= 0) {
            return;
        }
        for (SearchHit hit : hits) {
            if (hit.externalId() == null) {
                continue;
            }
            Acc acc = found.computeIfAbsent(hit.externalId(), id -> new Acc());
            acc.articleId = hit.articleId();
            acc.externalId = hit.externalId();
            acc.bm25[source] = Math.max(acc.bm25[source], hit.score() / max);
            acc.fused += WEIGHTS[source] * hit.score() / max;
            if (nativeHits) {
                acc.nativeLocale = hit.locale();
                acc.nativeTitle = hit.title();
            } else if (acc.fallbackLocale == null) {
                acc.fallbackLocale = hit.locale();
                acc.fallbackTitle = hit.title();
            }
        }
    }

    /** The English source terms the user typed in their language, plus the Latin-script technical words as typed. */
    String englishQuery(String key, KnowledgeLanguage language) {
        Set<String> words = new LinkedHashSet<>(termbase.get().sourceTermsIn(key, language.code()));
        words.addAll(stemmedTermbaseMatches(key, language));
        words.addAll(lexicon.get().english(language, analysis.terms(language, key)));
        boolean cjk = language == KnowledgeLanguage.ZH || language == KnowledgeLanguage.JA || language == KnowledgeLanguage.KO;
        Matcher m = LATIN_WORD.matcher(key);
        while (m.find()) {
            String word = m.group();
            if (cjk || TECHNICAL.matcher(word).matches() || productWords.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private record AnalysedTermbase(Termbase termbase, Map<KnowledgeLanguage, Map<String, Set<String>>> renderings) {
    }

    private volatile AnalysedTermbase analysedTermbase;

    /**
     * Source terms whose approved rendering occurs in the question once both are analysed, so that inflected forms
     * ("facturas", "borrosa") still find the term approved as "factura" or "borroso". Languages written without spaces
     * are matched as typed by {@link Termbase#sourceTermsIn}.
     */
    private Set<String> stemmedTermbaseMatches(String key, KnowledgeLanguage language) {
        if (language == KnowledgeLanguage.ZH || language == KnowledgeLanguage.JA) {
            return Set.of();
        }
        Termbase current = termbase.get();
        AnalysedTermbase analysed = analysedTermbase;
        if (analysed == null || analysed.termbase() != current) {
            analysed = new AnalysedTermbase(current, new java.util.concurrent.ConcurrentHashMap<>());
            analysedTermbase = analysed;
        }
        Map<String, Set<String>> renderings = analysed.renderings().computeIfAbsent(language, l -> {
            Map<String, Set<String>> terms = new LinkedHashMap<>();
            current.renderings(l.code()).forEach((source, target) -> terms.put(source, analysis.terms(l, target)));
            return terms;
        });
        Set<String> question = analysis.terms(language, key);
        Set<String> found = new LinkedHashSet<>();
        renderings.forEach((source, terms) -> {
            if (!terms.isEmpty() && question.containsAll(terms)) {
                found.add(source);
            }
        });
        return found;
    }

    /** The platforms some article is written for; a mention of any other platform says nothing about ranking. */
    private volatile Set<String> articlePlatforms = Set.of();

    /** Learns which platforms the articles cover, from their platform lists and SDK categories. */
    public void learnPlatforms(java.util.Collection<AssistantArticle> articles) {
        Set<String> known = new HashSet<>();
        for (AssistantArticle a : articles) {
            known.addAll(a.platforms());
            if (a.category() != null && a.category().startsWith("sdk-")) {
                known.add(a.category().substring(4));
            }
        }
        articlePlatforms = Set.copyOf(known);
    }

    private Set<String> platforms(String text) {
        Set<String> mentioned = PlatformMentions.codesIn(text);
        mentioned.retainAll(articlePlatforms);
        return mentioned;
    }

    private static double platformBonus(AssistantArticle article, Set<String> mentioned, Set<String> latest,
                                        Set<String> organization) {
        String category = article.category() == null ? "" : article.category();
        double bonus = 0;
        if (category.startsWith("sdk-")) {
            String platform = category.substring(4);
            if (latest.contains(platform)) {
                bonus += 0.3;
            } else if (mentioned.contains(platform)) {
                bonus += 0.2;
            } else if (!mentioned.isEmpty()) {
                bonus -= 0.2;
            }
        }
        if (!mentioned.isEmpty() && article.platforms().stream().noneMatch(mentioned::contains) && !article.platforms().isEmpty()) {
            bonus -= 0.15;
        }
        if (!organization.isEmpty() && article.platforms().stream().anyMatch(organization::contains)) {
            bonus += 0.03;
        }
        return bonus;
    }

    private record ArticleTerms(Set<String> title, Set<String> body, Set<String> tags) {
    }

    /** Analysed terms per article locale; cleared when it grows past a bound (articles change rarely). */
    private final Map<String, ArticleTerms> termCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int TERM_CACHE_LIMIT = 50_000;

    private ArticleTerms termsOf(AssistantArticle a, KnowledgeLanguage language) {
        String key = a.externalId() + "/" + a.locale() + "/" + a.title().hashCode() + "/" + a.markdown().hashCode();
        ArticleTerms cached = termCache.get(key);
        if (cached != null) {
            return cached;
        }
        if (termCache.size() > TERM_CACHE_LIMIT) {
            termCache.clear();
        }
        Set<String> tags = new HashSet<>();
        a.tags().forEach(t -> tags.addAll(analysis.terms(KnowledgeLanguage.EN, t.replace('-', ' '))));
        ArticleTerms terms = new ArticleTerms(analysis.terms(language, a.title()),
                analysis.terms(language, a.title() + "\n" + a.markdown() + "\n" + String.join(" ", a.tags())), Set.copyOf(tags));
        termCache.put(key, terms);
        return terms;
    }

    private static double weightedShare(Set<String> question, Set<String> document, ParallelLexicon stats,
                                        KnowledgeLanguage language) {
        if (question.isEmpty()) {
            return 0;
        }
        double found = 0;
        double all = 0;
        for (String term : question) {
            double weight = stats.idf(language, term);
            all += weight;
            if (document.contains(term)) {
                found += weight;
            }
        }
        return found / all;
    }

}
