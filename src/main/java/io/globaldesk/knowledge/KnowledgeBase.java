package io.globaldesk.knowledge;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.globaldesk.knowledge.internal.ArticleIndexer;
import io.globaldesk.knowledge.internal.KnowledgeRepository;
import io.globaldesk.knowledge.internal.TermbaseStore;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base for other modules and the web layer: create and edit articles, save translations through the
 * localization workflow, read them. Every change is recorded in the version history and reaches the search index once
 * committed. Locales are stored as language codes ({@code pt-BR} is {@code pt}).
 */
@Service
public class KnowledgeBase {

    public static final String DEFAULT_CATEGORY = "other";
    private static final Pattern EXTERNAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private final KnowledgeRepository repository;
    private final ArticleIndexer indexer;
    private final TermbaseStore termbase;
    private final Clock clock;
    private final Set<String> reviewLocales;

    private final XliffExporter xliffExporter;
    private final XliffImporter xliffImporter;

    KnowledgeBase(KnowledgeRepository repository, ArticleIndexer indexer, TermbaseStore termbase, Clock clock,
                  XliffExporter xliffExporter, XliffImporter xliffImporter,
                  @Value("${globaldesk.knowledge.review-locales:}") List<String> reviewLocales) {
        this.xliffExporter = xliffExporter;
        this.xliffImporter = xliffImporter;
        this.repository = repository;
        this.indexer = indexer;
        this.termbase = termbase;
        this.clock = clock;
        this.reviewLocales = reviewLocales.stream().filter(s -> !s.isBlank()).map(KnowledgeBase::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The language code a locale tag is stored under; refuses languages the knowledge base does not serve. */
    public static String code(String locale) {
        try {
            return KnowledgeLanguage.of(locale).code();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("locale", e.getMessage());
        }
    }

    /** A readable URL part for a title: ASCII letters and digits, or empty for titles without any (Chinese, Japanese). */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        String slug = NON_SLUG.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    @Transactional
    public KnowledgeArticle create(NewArticle article, String editor) {
        return create(article, 1, editor);
    }

    /** Creates the article at a given source revision (imports of existing content keep their numbering). */
    @Transactional
    public KnowledgeArticle create(NewArticle article, int revision, String editor) {
        String locale = code(article.locale());
        requireText("title", article.title(), 300);
        requireText("body", article.body(), 200_000);
        String externalId = article.externalId() == null || article.externalId().isBlank()
                ? uniqueExternalId(article.title()) : article.externalId().strip();
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            throw new InvalidInputException("externalId", "must be lower-case letters, digits and dashes (at most 80)");
        }
        if (repository.externalIdExists(externalId)) {
            throw new ConflictException("externalId", "an article with externalId '" + externalId + "' exists");
        }
        String category = article.category() == null || article.category().isBlank()
                ? DEFAULT_CATEGORY : article.category().strip().toLowerCase(Locale.ROOT);
        if (!EXTERNAL_ID.matcher(category).matches()) {
            throw new InvalidInputException("category", "must be lower-case letters, digits and dashes");
        }
        repository.ensureCategory(category);
        Instant now = clock.instant();
        long id = repository.insertArticle(externalId, locale, category, clean(article.tags()), article.visibility(),
                clean(article.platforms()), article.sdkVersions(), revision, now);
        repository.upsertTranslation(id, locale, article.title().strip(), article.body(), TranslationState.PUBLISHED, revision, now);
        repository.insertVersion(id, locale, revision, article.title().strip(), article.body(), TranslationState.PUBLISHED,
                false, editor, now);
        indexer.reindexAfterCommit(id);
        return get(id);
    }

    /**
     * Edits the source. A substantive edit raises the revision and marks every translation OUTDATED; a minor edit (a typo
     * fix) keeps both.
     */
    @Transactional
    public KnowledgeArticle editSource(long id, String title, String body, boolean minorEdit, String editor) {
        KnowledgeArticle article = get(id);
        requireText("title", title, 300);
        requireText("body", body, 200_000);
        int revision = minorEdit ? article.revision() : article.revision() + 1;
        Instant now = clock.instant();
        repository.updateArticle(id, revision, now);
        repository.upsertTranslation(id, article.sourceLocale(), title.strip(), body, TranslationState.PUBLISHED, revision, now);
        if (!minorEdit) {
            repository.outdateTranslations(id, article.sourceLocale());
        }
        repository.insertVersion(id, article.sourceLocale(), revision, title.strip(), body, TranslationState.PUBLISHED,
                minorEdit, editor, now);
        indexer.reindexAfterCommit(id);
        return get(id);
    }

    /**
     * Saves a translation of the current source revision: PUBLISHED, or IN_REVIEW where the locale's workflow asks for
     * review ({@code globaldesk.knowledge.review-locales}). Termbase warnings are returned, never enforced.
     */
    @Transactional
    public TranslationSaved translate(long id, String locale, String title, String body, String editor) {
        TranslationState state = reviewLocales.contains(code(locale)) ? TranslationState.IN_REVIEW : TranslationState.PUBLISHED;
        return saveTranslation(id, locale, title, body, state, editor);
    }

    /** Saves a translation in an explicit state (DRAFT while working, PUBLISHED by a reviewer). */
    @Transactional
    public TranslationSaved saveTranslation(long id, String locale, String title, String body, TranslationState state,
                                            String editor) {
        KnowledgeArticle article = get(id);
        String code = code(locale);
        if (code.equals(article.sourceLocale())) {
            throw new InvalidInputException("locale", "is the article's source locale; edit the article instead");
        }
        requireText("title", title, 300);
        requireText("body", body, 200_000);
        Instant now = clock.instant();
        repository.upsertTranslation(id, code, title.strip(), body, state, article.revision(), now);
        repository.insertVersion(id, code, article.revision(), title.strip(), body, state, false, editor, now);
        repository.touchArticle(id, now);
        indexer.reindexAfterCommit(id);
        KnowledgeArticle.Localized source = article.source();
        List<TermWarning> warnings = code.equals("en") ? List.of()
                : termbase.current().check(source.title() + "\n" + source.body(), title + "\n" + body, code);
        return new TranslationSaved(id, code, state, warnings);
    }

    /** Imports a translation with the source revision it was made from: OUTDATED when older than the source. */
    @Transactional
    public void importTranslation(long id, String locale, String title, String body, int sourceRevision, String editor) {
        KnowledgeArticle article = get(id);
        String code = code(locale);
        TranslationState state = sourceRevision < article.revision() ? TranslationState.OUTDATED : TranslationState.PUBLISHED;
        Instant now = clock.instant();
        repository.upsertTranslation(id, code, title.strip(), body, state, sourceRevision, now);
        repository.insertVersion(id, code, sourceRevision, title.strip(), body, state, false, editor, now);
        indexer.reindexAfterCommit(id);
    }

    /**
     * A reviewer's approval: the translation IN_REVIEW becomes PUBLISHED as it stands, recorded in the version history
     * under the reviewer's name. Only a translation in review can be approved; others are refused with the rule.
     */
    @Transactional
    public void publishReviewed(long id, String locale, String reviewer) {
        KnowledgeArticle article = get(id);
        String code = code(locale);
        KnowledgeArticle.Localized translation = article.locale(code)
                .filter(t -> !code.equals(article.sourceLocale()))
                .orElseThrow(() -> new NotFoundException("translation", id + "/" + code));
        if (translation.state() != TranslationState.IN_REVIEW) {
            throw new ConflictException("status", "only a translation in review can be published by a reviewer; this one is "
                    + translation.state());
        }
        Instant now = clock.instant();
        repository.setState(id, code, TranslationState.PUBLISHED);
        repository.insertVersion(id, code, translation.sourceRevision(), translation.title(), translation.body(),
                TranslationState.PUBLISHED, false, reviewer, now);
        repository.touchArticle(id, now);
        indexer.reindexAfterCommit(id);
    }

    /** Moves a translation to another state, e.g. a reviewer publishing one IN_REVIEW. */
    @Transactional
    public void setState(long id, String locale, TranslationState state) {
        KnowledgeArticle article = get(id);
        String code = code(locale);
        if (article.locale(code).isEmpty() || code.equals(article.sourceLocale())) {
            throw new NotFoundException("translation", id + "/" + code);
        }
        repository.setState(id, code, state);
        indexer.reindexAfterCommit(id);
    }

    /** An XLIFF 2 document of the articles' current sources for translators into {@code targetLocale}. */
    public String exportXliff(List<Long> ids, String targetLocale) {
        String target = code(targetLocale);
        List<KnowledgeArticle> articles = repository.byIds(ids);
        if (articles.size() != ids.stream().distinct().count()) {
            Set<Long> found = articles.stream().map(KnowledgeArticle::id).collect(Collectors.toSet());
            throw new NotFoundException("article", ids.stream().filter(i -> !found.contains(i)).findFirst().orElseThrow());
        }
        if (articles.stream().anyMatch(a -> a.sourceLocale().equals(target))) {
            throw new InvalidInputException("target", "is the source locale of an exported article");
        }
        return xliffExporter.export(articles.stream().map(KnowledgeBase::toXliff).toList(), target);
    }

    /**
     * Reads a translated XLIFF document and saves every translation in it through the workflow, or, when anything in it
     * is wrong, saves nothing and returns the errors.
     */
    @Transactional
    public XliffImportResult importXliff(String xml, String editor) {
        XliffImportResult result = xliffImporter.read(xml, articleId -> parseId(articleId)
                .flatMap(repository::find).map(KnowledgeBase::toXliff));
        if (result instanceof XliffImportResult.Accepted accepted) {
            for (ImportedTranslation t : accepted.translations()) {
                translate(Long.parseLong(t.articleId()), t.locale(), t.title(), t.bodyMarkdown(), editor);
            }
        }
        return result;
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static XliffArticle toXliff(KnowledgeArticle article) {
        KnowledgeArticle.Localized source = article.source();
        return new XliffArticle(String.valueOf(article.id()), article.sourceLocale(), source.title(), source.body());
    }

    public KnowledgeArticle get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("article", id));
    }

    public Optional<KnowledgeArticle> find(long id) {
        return repository.find(id);
    }

    public Optional<KnowledgeArticle> findByExternalId(String externalId) {
        return repository.findByExternalId(externalId);
    }

    /** Articles the audience may read, most recently updated first. */
    public List<KnowledgeArticle> list(Audience audience, int offset, int limit) {
        return repository.list(!audience.seesInternal(), offset, limit);
    }

    public List<KnowledgeArticle> byIds(List<Long> ids) {
        return repository.byIds(ids);
    }

    /** The approved terms in force, e.g. for the assistant's query expansion across languages. */
    public Termbase termbase() {
        return termbase.current();
    }

    public List<String> categories() {
        return repository.categories();
    }

    private String uniqueExternalId(String title) {
        String base = slug(title);
        if (base.isEmpty()) {
            base = "article";
        }
        if (base.length() > 70) {
            base = base.substring(0, 70).replaceAll("-+$", "");
        }
        String candidate = base;
        for (int n = 2; repository.externalIdExists(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static List<String> clean(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().limit(50).toList();
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
    }
}
