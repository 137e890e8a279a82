package io.globaldesk.alerting.web;

import io.globaldesk.alerting.Silence;
import io.globaldesk.alerting.live.LiveDetection;
import io.globaldesk.alerting.live.SilenceRepository;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Silences and maintenance windows: {@code /api/v1/silences}, support leads and administrators. */
@RestController
@RequestMapping("/api/v1/silences")
@PreAuthorize("hasRole('SUPPORT_LEAD')")
class SilenceApi {

    record SilenceBody(@NotEmpty @Size(max = 6) Map<String, @NotNull @Size(min = 1, max = 200) String> matchers,
                       @NotNull Instant startsAt, @NotNull Instant endsAt, Boolean maintenance,
                       @Size(max = 1000) String comment) {
    }

    record SilenceView(String id, Map<String, String> matchers, Instant startsAt, Instant endsAt, boolean maintenance,
                       String comment, String createdBy) {
        static SilenceView of(SilenceRepository.Stored s) {
            Silence x = s.silence();
            return new SilenceView(x.id(), x.matchers(), x.start(), x.end(), x.maintenance(), x.comment(), s.createdBy());
        }
    }

    private final SilenceRepository silences;
    private final LiveDetection detection;

    SilenceApi(SilenceRepository silences, LiveDetection detection) {
        this.silences = silences;
        this.detection = detection;
    }

    @GetMapping
    List<SilenceView> list() {
        return silences.list().stream().map(SilenceView::of).toList();
    }

    @GetMapping("/{id}")
    SilenceView get(@PathVariable String id) {
        return silences.find(id).map(SilenceView::of).orElseThrow(() -> new NotFoundException("silence", id));
    }

    @PostMapping
    ResponseEntity<SilenceView> create(@Valid @RequestBody SilenceBody body) {
        SilenceView view = save(UUID.randomUUID().toString(), body);
        return ResponseEntity.created(URI.create("/api/v1/silences/" + view.id())).body(view);
    }

    @PutMapping("/{id}")
    SilenceView update(@PathVariable String id, @Valid @RequestBody SilenceBody body) {
        get(id);
        return save(id, body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!silences.delete(id)) throw new NotFoundException("silence", id);
        detection.removeSilence(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    private SilenceView save(String id, SilenceBody body) {
        Silence silence;
        try {
            silence = new Silence(id, body.matchers(), body.startsAt(), body.endsAt(),
                    Boolean.TRUE.equals(body.maintenance()), body.comment());
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().contains("field") ? "matchers" : "endsAt";
            throw new InvalidInputException(field, e.getMessage());
        }
        silences.save(silence, Actor.current().name());
        detection.addSilence(silence);
        return get(id);
    }
}
