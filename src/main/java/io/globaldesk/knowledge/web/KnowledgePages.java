package io.globaldesk.knowledge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeArticle;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.MarkdownRenderer;
import io.globaldesk.knowledge.NewArticle;
import io.globaldesk.knowledge.TranslationSaved;
import io.globaldesk.knowledge.Visibility;
import io.globaldesk.knowledge.XliffImportResult;
import io.globaldesk.knowledge.internal.ArticleIndexer;
import io.globaldesk.knowledge.internal.KnowledgeRepository;
import io.globaldesk.knowledge.internal.TermbaseStore;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The localization workflow for staff: articles, the side-by-side translation editor, coverage, termbase, the index. */
@Controller
@PreAuthorize("hasRole('AGENT')")
class KnowledgePages {

    /** A row of the article list: the source and each locale's state (null where the translation is missing). */
    record Row(KnowledgeArticle article, String title, Map<String, String> states) {
    }

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeRepository repository;
    private final TermbaseStore termbase;
    private final ArticleIndexer indexer;
    private final CoverageReport coverage;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    KnowledgePages(KnowledgeBase knowledgeBase, KnowledgeRepository repository, TermbaseStore termbase,
                   ArticleIndexer indexer, CoverageReport coverage, MarkdownRenderer markdown, Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.repository = repository;
        this.termbase = termbase;
        this.indexer = indexer;
        this.coverage = coverage;
        this.markdown = markdown;
        this.clock = clock;
    }

    static List<String> locales() {
        return Arrays.stream(KnowledgeLanguage.values()).map(KnowledgeLanguage::code).toList();
    }

    private static String attempt(Supplier<String> action, String failure, RedirectAttributes flash) {
        try {
            return "redirect:" + action.get();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("formErrors", e.errors());
        } catch (ConflictException e) {
            flash.addFlashAttribute("formErrors", List.of(new InvalidInputException.FieldError(e.field(), e.getMessage())));
        }
        return "redirect:" + failure;
    }

    @GetMapping("/kb")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int size = 100;
        List<Row> rows = knowledgeBase.list(Audience.AGENT, Math.max(0, page) * size, size).stream().map(a -> {
            Map<String, String> states = new LinkedHashMap<>();
            for (String locale : locales()) {
                states.put(locale, locale.equals(a.sourceLocale()) ? "SOURCE"
                        : a.locale(locale).map(l -> l.state().name()).orElse(null));
            }
            return new Row(a, a.source().title(), states);
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("locales", locales());
        model.addAttribute("categories", knowledgeBase.categories());
        return "knowledge/articles";
    }

    @PostMapping("/kb/articles")
    String create(@RequestParam(defaultValue = "") String externalId, @RequestParam String locale, @RequestParam String title,
                  @RequestParam String body, @RequestParam(defaultValue = "") String category,
                  @RequestParam(defaultValue = "") String tags, @RequestParam(defaultValue = "PUBLIC") String visibility,
                  RedirectAttributes flash) {
        return attempt(() -> {
            Visibility v = "INTERNAL".equals(visibility) ? Visibility.INTERNAL : Visibility.PUBLIC;
            KnowledgeArticle article = knowledgeBase.create(new NewArticle(externalId.isBlank() ? null : externalId, locale,
                    title, body, category, Arrays.stream(tags.split(",")).toList(), v, List.of(), null), editor());
            flash.addFlashAttribute("saved", true);
            return "/kb/articles/" + article.id();
        }, "/kb", flash);
    }

    private static String editor() {
        return Actor.current().name();
    }

    @GetMapping("/kb/articles/{id}")
    String article(@PathVariable long id, Model model) {
        KnowledgeArticle article = knowledgeBase.get(id);
        model.addAttribute("article", article);
        model.addAttribute("source", article.source());
        model.addAttribute("preview", markdown.toSafeHtml(article.source().body()));
        model.addAttribute("locales", locales().stream().filter(l -> !l.equals(article.sourceLocale())).toList());
        model.addAttribute("versions", repository.versions(id).stream().limit(30).toList());
        model.addAttribute("votes", repository.votes(id));
        return "knowledge/article";
    }

    @PostMapping("/kb/articles/{id}")
    String edit(@PathVariable long id, @RequestParam String title, @RequestParam String body,
                @RequestParam(defaultValue = "false") boolean minorEdit, RedirectAttributes flash) {
        return attempt(() -> {
            knowledgeBase.editSource(id, title, body, minorEdit, editor());
            flash.addFlashAttribute("saved", true);
            return "/kb/articles/" + id;
        }, "/kb/articles/" + id, flash);
    }

    /** The sanitised preview of Markdown being edited (an htmx fragment). */
    @PostMapping("/kb/preview")
    String preview(@RequestParam(defaultValue = "") String body, Model model) {
        model.addAttribute("preview", markdown.toSafeHtml(body.length() > 200_000 ? body.substring(0, 200_000) : body));
        return "knowledge/article :: preview";
    }

    @GetMapping("/kb/articles/{id}/translations/{locale}")
    String translation(@PathVariable long id, @PathVariable String locale, Model model) {
        KnowledgeArticle article = knowledgeBase.get(id);
        String code = KnowledgeBase.code(locale);
        if (code.equals(article.sourceLocale())) {
            return "redirect:/kb/articles/" + id;
        }
        model.addAttribute("article", article);
        model.addAttribute("source", article.source());
        model.addAttribute("locale", code);
        model.addAttribute("translation", article.locale(code).orElse(null));
        model.addAttribute("sourceHtml", markdown.toSafeHtml(article.source().body()));
        return "knowledge/translation";
    }

    @PostMapping("/kb/articles/{id}/translations/{locale}")
    String translate(@PathVariable long id, @PathVariable String locale, @RequestParam String title,
                     @RequestParam String body, @RequestParam(defaultValue = "") String draft, RedirectAttributes flash) {
        String self = "/kb/articles/" + id + "/translations/" + locale;
        return attempt(() -> {
            TranslationSaved saved = draft.isEmpty()
                    ? knowledgeBase.translate(id, locale, title, body, editor())
                    : knowledgeBase.saveTranslation(id, locale, title, body, io.globaldesk.knowledge.TranslationState.DRAFT, editor());
            flash.addFlashAttribute("saved", true);
            flash.addFlashAttribute("warnings", saved.warnings());
            return self;
        }, self, flash);
    }

    /** A reviewer's approval of a translation in review (support leads and administrators). */
    @PostMapping("/kb/articles/{id}/translations/{locale}/publish")
    String publishReviewed(@PathVariable long id, @PathVariable String locale, RedirectAttributes flash) {
        requireLead();
        String self = "/kb/articles/" + id + "/translations/" + KnowledgeBase.code(locale);
        return attempt(() -> {
            knowledgeBase.publishReviewed(id, locale, editor());
            flash.addFlashAttribute("saved", true);
            return self;
        }, self, flash);
    }

    @GetMapping("/kb/articles/{id}/xliff")
    ResponseEntity<String> xliff(@PathVariable long id, @RequestParam String target) {
        return ResponseEntity.ok().header("Content-Type", KnowledgeApi.XLIFF + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"article-" + id + "-" + KnowledgeBase.code(target) + ".xlf\"")
                .body(knowledgeBase.exportXliff(List.of(id), target));
    }

    @PostMapping("/kb/xliff")
    String importXliff(@RequestParam("file") MultipartFile file, RedirectAttributes flash) throws IOException {
        XliffImportResult result = knowledgeBase.importXliff(new String(file.getBytes(), StandardCharsets.UTF_8), editor());
        switch (result) {
            case XliffImportResult.Accepted accepted -> flash.addFlashAttribute("imported", accepted.translations().size());
            case XliffImportResult.Rejected rejected -> flash.addFlashAttribute("formErrors", rejected.errors().stream()
                    .map(e -> new InvalidInputException.FieldError(e.unitId() == null ? "xliff" : e.unitId(), e.toString()))
                    .toList());
        }
        return "redirect:/kb/coverage";
    }

    @GetMapping("/kb/coverage")
    String coverage(Model model) {
        List<CoverageReport.LocaleCoverage> rows = coverage.current();
        model.addAttribute("coverage", rows);
        model.addAttribute("chartLocales", String.join(",", rows.stream().map(CoverageReport.LocaleCoverage::locale).toList()));
        model.addAttribute("chartPublished", join(rows, CoverageReport.LocaleCoverage::publishedPercent));
        model.addAttribute("chartOutdated", join(rows, CoverageReport.LocaleCoverage::outdatedPercent));
        model.addAttribute("chartMissing", join(rows, CoverageReport.LocaleCoverage::missingPercent));
        return "knowledge/coverage";
    }

    private static String join(List<CoverageReport.LocaleCoverage> rows,
                               java.util.function.ToDoubleFunction<CoverageReport.LocaleCoverage> value) {
        return String.join(",", rows.stream().map(r -> String.valueOf(value.applyAsDouble(r))).toList());
    }

    @GetMapping("/kb/terms")
    String terms(Model model) {
        model.addAttribute("terms", repository.terms());
        model.addAttribute("locales", locales().stream().filter(l -> !l.equals("en")).toList());
        return "knowledge/terms";
    }

    @PostMapping("/kb/terms")
    String approve(@RequestParam String source, @RequestParam String locale, @RequestParam String target,
                   RedirectAttributes flash) {
        requireLead();
        return attempt(() -> {
            String code = KnowledgeBase.code(locale);
            if (source.isBlank() || target.isBlank() || source.length() > 200 || target.length() > 200 || code.equals("en")) {
                throw new InvalidInputException("term", "needs an English source and a target of at most 200 characters");
            }
            repository.upsertTerm(source.strip(), code, target.strip(), clock.instant());
            termbase.reload();
            flash.addFlashAttribute("saved", true);
            return "/kb/terms";
        }, "/kb/terms", flash);
    }

    @PostMapping("/kb/terms/{id}/delete")
    String deleteTerm(@PathVariable long id, RedirectAttributes flash) {
        requireLead();
        if (!repository.deleteTerm(id)) {
            throw new NotFoundException("term", id);
        }
        termbase.reload();
        flash.addFlashAttribute("saved", true);
        return "redirect:/kb/terms";
    }

    @GetMapping("/kb/index")
    String index(Model model) {
        model.addAttribute("status", indexer.status());
        return "knowledge/index";
    }

    /** The progress fragment the index page polls while a rebuild runs. */
    @GetMapping("/kb/index/status")
    String indexStatus(Model model) {
        model.addAttribute("status", indexer.status());
        return "knowledge/index :: status";
    }

    @PostMapping("/kb/index/rebuild")
    String rebuild(Model model) {
        if (!Actor.current().hasAtLeast(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
        indexer.rebuildInBackground();
        model.addAttribute("status", indexer.status());
        return "knowledge/index :: status";
    }

    private static void requireLead() {
        if (!Actor.current().hasAtLeast(Role.SUPPORT_LEAD)) {
            throw new AccessDeniedException("support leads only");
        }
    }
}
