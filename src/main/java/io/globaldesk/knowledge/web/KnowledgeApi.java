package io.globaldesk.knowledge.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeArticle;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.KnowledgeSearch;
import io.globaldesk.knowledge.NewArticle;
import io.globaldesk.knowledge.TermWarning;
import io.globaldesk.knowledge.TranslationSaved;
import io.globaldesk.knowledge.TranslationState;
import io.globaldesk.knowledge.Visibility;
import io.globaldesk.knowledge.XliffError;
import io.globaldesk.knowledge.XliffImportResult;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.platform.web.ProblemResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Knowledge-base articles, translations, XLIFF exchange and search. Customers read and search public articles only. */
@RestController
@RequestMapping("/api/v1/kb")
@PreAuthorize("isAuthenticated()")
class KnowledgeApi {

    static final String XLIFF = "application/xliff+xml";

    record CreateBody(@Size(max = 80) String externalId, @NotBlank @Size(max = 16) String locale,
                      @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 200_000) String body,
                      @Size(max = 64) String category, @Size(max = 50) List<@Size(max = 64) String> tags,
                      Visibility visibility, @Size(max = 20) List<@Size(max = 64) String> platforms,
                      @Size(max = 100) String sdkVersions) {
    }

    record EditBody(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 200_000) String body, boolean minorEdit) {
    }

    record TranslationBody(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 200_000) String body,
                           TranslationState status) {
    }

    record TranslationView(String locale, String title, TranslationState status, int sourceRevision) {
    }

    record ArticleView(long id, String externalId, String sourceLocale, String category, List<String> tags,
                       Visibility visibility, List<String> platforms, String sdkVersions, int revision, String title,
                       String body, List<TranslationView> translations) {
    }

    record ArticleDetail(long id, String externalId, String sourceLocale, String category, List<String> tags,
                         Visibility visibility, List<String> platforms, String sdkVersions, int revision, String title,
                         String body, List<TranslationView> translations, String locale, String localizedTitle,
                         String localizedBody) {
    }

    record Warning(String sourceTerm, String locale, String approvedTarget, String message) {
        static Warning of(TermWarning w) {
            return new Warning(w.sourceTerm(), w.locale(), w.approvedTarget(), w.message());
        }
    }

    record TranslationResult(long articleId, String locale, TranslationState status, List<Warning> warnings) {
    }

    record Result(long articleId, String externalId, String locale, String title, String snippet, float score,
                  boolean fallback) {
    }

    record SearchResults(List<Result> results) {
    }

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeSearch search;
    private final MessageSource messages;

    KnowledgeApi(KnowledgeBase knowledgeBase, KnowledgeSearch search, MessageSource messages) {
        this.knowledgeBase = knowledgeBase;
        this.search = search;
        this.messages = messages;
    }

    static Audience audience(Actor actor) {
        return actor != null && actor.isStaff() ? Audience.AGENT : Audience.CUSTOMER;
    }

    static String editor() {
        Actor actor = Actor.currentOrNull();
        return actor == null ? null : actor.name();
    }

    static ArticleView view(KnowledgeArticle a) {
        KnowledgeArticle.Localized source = a.source();
        return new ArticleView(a.id(), a.externalId(), a.sourceLocale(), a.category(), a.tags(), a.visibility(),
                a.platforms(), a.sdkVersions(), a.revision(), source.title(), source.body(),
                a.translations().stream().map(t -> new TranslationView(t.locale(), t.title(), t.state(), t.sourceRevision()))
                        .toList());
    }

    private KnowledgeArticle readable(long id) {
        KnowledgeArticle article = knowledgeBase.find(id).orElseThrow(() -> new NotFoundException("article", id));
        if (!article.visibleTo(audience(Actor.current()))) {
            throw new NotFoundException("article", id);
        }
        return article;
    }

    @PostMapping("/articles")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<ArticleView> create(@Valid @RequestBody CreateBody body) {
        KnowledgeArticle article = knowledgeBase.create(new NewArticle(body.externalId(), body.locale(), body.title(),
                body.body(), body.category(), body.tags(), body.visibility(), body.platforms(), body.sdkVersions()), editor());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(article));
    }

    @PutMapping("/articles/{id}")
    @PreAuthorize("hasRole('AGENT')")
    ArticleView edit(@PathVariable long id, @Valid @RequestBody EditBody body) {
        return view(knowledgeBase.editSource(id, body.title(), body.body(), body.minorEdit(), editor()));
    }

    /** The article with its source; {@code locale} adds what a reader of that locale sees (published translation or source). */
    @GetMapping("/articles/{id}")
    ArticleDetail get(@PathVariable long id, @RequestParam(required = false) String locale) {
        KnowledgeArticle a = readable(id);
        ArticleView v = view(a);
        KnowledgeArticle.Localized shown = locale == null ? a.source() : a.readableIn(KnowledgeBase.code(locale));
        return new ArticleDetail(v.id(), v.externalId(), v.sourceLocale(), v.category(), v.tags(), v.visibility(),
                v.platforms(), v.sdkVersions(), v.revision(), v.title(), v.body(), v.translations(), shown.locale(),
                shown.title(), shown.body());
    }

    @GetMapping("/articles")
    List<ArticleView> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return knowledgeBase.list(audience(Actor.current()), offset, limit).stream().map(KnowledgeApi::view).toList();
    }

    /** Saves a translation: PUBLISHED, IN_REVIEW where the locale's workflow asks for review, or an explicit DRAFT. */
    @PutMapping("/articles/{id}/translations/{locale}")
    @PreAuthorize("hasRole('AGENT')")
    TranslationResult translate(@PathVariable long id, @PathVariable String locale, @Valid @RequestBody TranslationBody body) {
        boolean reviewerStatus = body.status() == TranslationState.PUBLISHED || body.status() == TranslationState.OUTDATED;
        if (reviewerStatus && !Actor.current().hasAtLeast(Role.SUPPORT_LEAD)) {
            // Otherwise an agent could skip the review by asking for PUBLISHED.
            throw new AccessDeniedException("only a support lead or an administrator may publish a translation directly; "
                    + "agents save drafts, send translations to review or let the workflow decide");
        }
        TranslationSaved saved = body.status() == null
                ? knowledgeBase.translate(id, locale, body.title(), body.body(), editor())
                : knowledgeBase.saveTranslation(id, locale, body.title(), body.body(), body.status(), editor());
        return new TranslationResult(saved.articleId(), saved.locale(), saved.state(),
                saved.warnings().stream().map(Warning::of).toList());
    }

    /** A reviewer publishes a translation that is IN_REVIEW as it stands; 409 for a translation in any other state. */
    @PostMapping("/articles/{id}/translations/{locale}/publish")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    TranslationResult publishReviewed(@PathVariable long id, @PathVariable String locale) {
        knowledgeBase.publishReviewed(id, locale, editor());
        return new TranslationResult(id, KnowledgeBase.code(locale), TranslationState.PUBLISHED, List.of());
    }

    @GetMapping(value = "/articles/{id}/xliff", produces = XLIFF)
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<String> xliff(@PathVariable long id, @RequestParam String target) {
        return xliffResponse(knowledgeBase.exportXliff(List.of(id), target), "article-" + id + "-" + KnowledgeBase.code(target));
    }

    /** A batch export: the listed articles (comma-separated ids) in one document. */
    @GetMapping(value = "/xliff", produces = XLIFF)
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<String> xliffBatch(@RequestParam String ids, @RequestParam String target) {
        List<Long> list;
        try {
            list = Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::parseLong)
                    .distinct().toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("ids", "must be comma-separated article ids");
        }
        if (list.isEmpty() || list.size() > 500) {
            throw new InvalidInputException("ids", "must list between 1 and 500 article ids");
        }
        return xliffResponse(knowledgeBase.exportXliff(list, target), "articles-" + KnowledgeBase.code(target));
    }

    private static ResponseEntity<String> xliffResponse(String xml, String name) {
        return ResponseEntity.ok().header("Content-Type", XLIFF + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlf\"").body(xml);
    }

    @PostMapping(value = "/xliff", consumes = {XLIFF, "application/xml", "text/xml", "application/octet-stream", "text/plain"})
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<?> importXliff(@RequestBody(required = false) String xml, Locale locale) {
        XliffImportResult result = knowledgeBase.importXliff(xml == null ? "" : xml, editor());
        return switch (result) {
            case XliffImportResult.Accepted accepted -> ResponseEntity.ok(Map.of("updated", accepted.translations().stream()
                    .map(t -> Map.of("articleId", Long.parseLong(t.articleId()), "locale", KnowledgeBase.code(t.locale())))
                    .toList()));
            case XliffImportResult.Rejected rejected -> ResponseEntity.badRequest()
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(rejection(rejected.errors(), locale));
        };
    }

    private ProblemDetail rejection(List<XliffError> errors, Locale locale) {
        ProblemDetail problem = ProblemResponses.problem(messages, locale, HttpStatus.BAD_REQUEST, "knowledge.xliff.rejected",
                errors.getFirst().toString());
        ProblemResponses.withErrors(problem, errors.stream().map(e -> new InvalidInputException.FieldError(
                e.unitId() != null ? "unit " + e.unitId() : e.fileId() != null ? "file " + e.fileId() : "line " + e.line(),
                e.toString())).toList());
        problem.setProperty("xliffErrors", errors);
        return problem;
    }

    @GetMapping("/search")
    SearchResults search(@RequestParam String q, @RequestParam(defaultValue = "en") String locale,
                         @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("limit", "must be between 1 and 100");
        }
        String code = KnowledgeBase.code(locale);
        return new SearchResults(search.search(q, code, audience(Actor.current()), limit).stream()
                .map(h -> new Result(h.articleId(), h.externalId(), h.locale(), h.title(), h.snippet(), h.score(), h.fallback()))
                .toList());
    }

    @GetMapping("/suggestions")
    List<String> suggestions(@RequestParam String q, @RequestParam(defaultValue = "en") String locale) {
        return search.suggest(q, KnowledgeBase.code(locale), audience(Actor.current()), 8);
    }
}
