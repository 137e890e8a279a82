package io.globaldesk.insights.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.globaldesk.insights.FeedbackItem;
import io.globaldesk.insights.FeedbackItems;
import io.globaldesk.platform.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/insights/feedback-items")
@PreAuthorize("hasRole('AGENT')")
class FeedbackApi {

    record NewItem(@NotBlank @Size(max = 300) String title, @Size(max = 10_000) String description,
                   @NotNull FeedbackItem.OwnerTeam ownerTeam, @NotNull FeedbackItem.SourceType sourceType,
                   @NotBlank @Size(max = 300) String sourceRef, @Size(max = 200) List<@NotNull UUID> evidenceTicketIds,
                   @Min(0) Integer evidenceCount) {
    }

    record ItemUpdate(@NotBlank @Size(max = 300) String title, @Size(max = 10_000) String description,
                      @NotNull FeedbackItem.OwnerTeam ownerTeam, @NotNull FeedbackItem.Status status) {
    }

    private final FeedbackItems items;

    FeedbackApi(FeedbackItems items) {
        this.items = items;
    }

    @PostMapping
    ResponseEntity<FeedbackItem> create(@Valid @RequestBody NewItem body) {
        FeedbackItem item = items.create(new FeedbackItems.Draft(body.title(), body.description(), body.ownerTeam(),
                body.sourceType(), body.sourceRef(), body.evidenceTicketIds(), body.evidenceCount()), Actor.current().name());
        return ResponseEntity.created(URI.create("/api/v1/insights/feedback-items/" + item.id())).body(item);
    }

    @GetMapping
    List<FeedbackItem> list(@RequestParam(required = false) FeedbackItem.Status status,
                            @RequestParam(required = false) FeedbackItem.OwnerTeam team,
                            @RequestParam(defaultValue = "200") int limit) {
        return items.list(status, team, limit);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    ResponseEntity<String> export(@RequestParam(required = false) FeedbackItem.Status status,
                                  @RequestParam(required = false) FeedbackItem.OwnerTeam team) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"feedback-items.csv\"")
                .body(items.csv(status, team));
    }

    @GetMapping("/{id}")
    FeedbackItem get(@PathVariable UUID id) {
        return items.get(id);
    }

    @PutMapping("/{id}")
    FeedbackItem update(@PathVariable UUID id, @Valid @RequestBody ItemUpdate body) {
        return items.update(id, body.title(), body.description(), body.ownerTeam(), body.status());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        items.delete(id);
        return ResponseEntity.noContent().build();
    }
}
