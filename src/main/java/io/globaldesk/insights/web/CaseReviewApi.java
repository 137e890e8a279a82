package io.globaldesk.insights.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.globaldesk.insights.CaseReview;
import io.globaldesk.insights.CaseReviews;
import io.globaldesk.platform.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/insights")
@PreAuthorize("hasRole('AGENT')")
class CaseReviewApi {

    record NewReview(@NotNull UUID ticketId, @Size(max = 300) String title, @NotBlank @Size(max = 20_000) String problem,
                     @NotBlank @Size(max = 20_000) String rootCause, @NotBlank @Size(max = 20_000) String resolution,
                     @NotBlank @Size(max = 20_000) String lessons, @Size(max = 16) String locale,
                     @Size(max = 20) List<@NotBlank @Size(max = 64) String> tags) {
    }

    record NewComment(@NotBlank @Size(max = 10_000) String body) {
    }

    record Week(LocalDate week) {
    }

    private final CaseReviews reviews;

    CaseReviewApi(CaseReviews reviews) {
        this.reviews = reviews;
    }

    /** Reviews a solved ticket and publishes the review as an internal article, in one action. */
    @PostMapping("/case-reviews")
    ResponseEntity<CaseReview> publish(@Valid @RequestBody NewReview body) {
        CaseReview review = reviews.publish(body.ticketId(), new CaseReviews.Draft(body.title(), body.problem(), body.rootCause(),
                body.resolution(), body.lessons(), body.locale(), body.tags()), Actor.current().name());
        return ResponseEntity.created(URI.create("/api/v1/insights/case-reviews/" + review.id())).body(review);
    }

    @GetMapping("/case-reviews")
    List<CaseReview> recent(@RequestParam(defaultValue = "50") int limit) {
        return reviews.recent(limit);
    }

    @GetMapping("/case-reviews/{id}")
    CaseReview get(@PathVariable UUID id) {
        return reviews.get(id);
    }

    @PostMapping("/case-reviews/{id}/comments")
    ResponseEntity<CaseReview.Comment> comment(@PathVariable UUID id, @Valid @RequestBody NewComment body) {
        return ResponseEntity.status(201).body(reviews.comment(id, body.body(), Actor.current().name()));
    }

    @GetMapping("/case-reviews/{id}/comments")
    List<CaseReview.Comment> comments(@PathVariable UUID id) {
        return reviews.comments(id);
    }

    /** Puts the review on the "case of the week" list of the given week (any day of it), or off it with null. */
    @PutMapping("/case-reviews/{id}/case-of-week")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    CaseReview caseOfWeek(@PathVariable UUID id, @RequestBody Week body) {
        return reviews.caseOfWeek(id, body.week());
    }

    @GetMapping("/cases-of-the-week")
    List<CaseReview> casesOfWeek(@RequestParam LocalDate week) {
        return reviews.casesOfWeek(week);
    }
}
