package io.globaldesk.knowledge.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.internal.ArticleIndexer;
import io.globaldesk.knowledge.internal.KnowledgeRepository;
import io.globaldesk.knowledge.internal.TermbaseStore;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The termbase, translation coverage, votes and index maintenance. */
@RestController
@RequestMapping("/api/v1/kb")
class KnowledgeAdminApi {

    record TermBody(@NotBlank @Size(max = 200) String source, @NotBlank @Size(max = 16) String locale,
                    @NotBlank @Size(max = 200) String target) {
    }

    record Term(long id, String source, String locale, String target) {
    }

    record VoteBody(@NotBlank @Size(max = 16) String locale, boolean helpful) {
    }

    private final KnowledgeRepository repository;
    private final TermbaseStore termbase;
    private final ArticleIndexer indexer;
    private final KnowledgeBase knowledgeBase;
    private final CoverageReport coverage;
    private final Clock clock;

    KnowledgeAdminApi(KnowledgeRepository repository, TermbaseStore termbase, ArticleIndexer indexer,
                      KnowledgeBase knowledgeBase, CoverageReport coverage, Clock clock) {
        this.repository = repository;
        this.termbase = termbase;
        this.indexer = indexer;
        this.knowledgeBase = knowledgeBase;
        this.coverage = coverage;
        this.clock = clock;
    }

    @GetMapping("/terms")
    @PreAuthorize("hasRole('AGENT')")
    List<Term> terms() {
        return repository.terms().stream().map(t -> new Term(t.id(), t.source(), t.locale(), t.target())).toList();
    }

    /** Approves a rendering of an English term in a locale; approving it again replaces the rendering. */
    @PostMapping("/terms")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    ResponseEntity<Term> approve(@Valid @RequestBody TermBody body) {
        String locale = KnowledgeBase.code(body.locale());
        if (locale.equals("en")) {
            throw new InvalidInputException("locale", "source terms are English; approve a rendering for another locale");
        }
        long id = repository.upsertTerm(body.source().strip(), locale, body.target().strip(), clock.instant());
        termbase.reload();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Term(id, body.source().strip(), locale, body.target().strip()));
    }

    @DeleteMapping("/terms/{id}")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    ResponseEntity<Void> deleteTerm(@PathVariable long id) {
        if (!repository.deleteTerm(id)) {
            throw new NotFoundException("term", id);
        }
        termbase.reload();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/coverage")
    @PreAuthorize("hasRole('AGENT')")
    List<CoverageReport.LocaleCoverage> coverage() {
        return coverage.current();
    }

    @PostMapping("/articles/{id}/votes")
    Map<String, Object> vote(@PathVariable long id, @Valid @RequestBody VoteBody body) {
        var article = knowledgeBase.find(id).filter(a -> a.visibleTo(KnowledgeApi.audience(io.globaldesk.platform.security.Actor.current())))
                .orElseThrow(() -> new NotFoundException("article", id));
        repository.vote(article.id(), KnowledgeBase.code(body.locale()), body.helpful());
        return Map.of("articleId", id, "locale", KnowledgeBase.code(body.locale()));
    }

    @GetMapping("/index")
    @PreAuthorize("hasRole('ADMIN')")
    ArticleIndexer.RebuildStatus index() {
        return indexer.status();
    }

    /** Starts a rebuild of the search index from the database in the background; 409 while one runs. */
    @PostMapping("/index/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ArticleIndexer.RebuildStatus> rebuild() {
        if (!indexer.rebuildInBackground()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(indexer.status());
        }
        return ResponseEntity.accepted().body(indexer.status());
    }
}
