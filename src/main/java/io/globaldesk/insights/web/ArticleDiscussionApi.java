package io.globaldesk.insights.web;

import java.util.List;

import io.globaldesk.insights.ArticleComment;
import io.globaldesk.insights.ArticleDiscussions;
import io.globaldesk.platform.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agents' discussion of a knowledge article, with @mentions across centers. Staff only: customers never see it. */
@RestController
@RequestMapping("/api/v1/insights/articles/{articleId}/comments")
@PreAuthorize("hasRole('AGENT')")
class ArticleDiscussionApi {

    record NewComment(@NotBlank @Size(max = 10_000) String body) {
    }

    private final ArticleDiscussions discussions;

    ArticleDiscussionApi(ArticleDiscussions discussions) {
        this.discussions = discussions;
    }

    @PostMapping
    ResponseEntity<ArticleComment> comment(@PathVariable long articleId, @Valid @RequestBody NewComment body) {
        return ResponseEntity.status(201).body(discussions.comment(articleId, body.body(), Actor.current().name()));
    }

    @GetMapping
    List<ArticleComment> comments(@PathVariable long articleId) {
        return discussions.comments(articleId);
    }
}
