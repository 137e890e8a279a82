package io.globaldesk.insights.web;

import io.globaldesk.insights.ArticleDiscussions;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agents' discussion under a knowledge base article: a fragment the article page loads with htmx, and the form
 * that adds a comment and returns to the article. Staff only.
 */
@Controller
@PreAuthorize("hasRole('AGENT')")
class DiscussionPages {

    private static final int MAX_BODY = 10_000;

    private final ArticleDiscussions discussions;

    DiscussionPages(ArticleDiscussions discussions) {
        this.discussions = discussions;
    }

    @GetMapping("/insights/discussion/articles/{id}")
    String discussion(@PathVariable long id, Model model) {
        model.addAttribute("articleId", id);
        model.addAttribute("comments", discussions.comments(id));
        return "insights/article-discussion :: discussion";
    }

    @PostMapping("/insights/discussion/articles/{id}")
    String comment(@PathVariable long id, @RequestParam(defaultValue = "") String body) {
        if (body.length() > MAX_BODY) throw new InvalidInputException("body", "is longer than 10,000 characters");
        if (!body.isBlank()) discussions.comment(id, body, Actor.current().name());
        return "redirect:/kb/articles/" + id + "#article-discussion";
    }
}
