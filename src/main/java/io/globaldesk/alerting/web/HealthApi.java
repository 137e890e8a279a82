package io.globaldesk.alerting.web;

import io.globaldesk.alerting.live.HealthScores;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Health scores and the at-risk list: {@code /api/v1/health}. Customers read their own organization's scores only. */
@RestController
@RequestMapping("/api/v1/health")
@PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
class HealthApi {

    private final HealthScores health;
    private final Clock clock;

    HealthApi(HealthScores health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    @GetMapping("/organizations")
    List<HealthScores.Score> organizations() {
        Actor actor = Actor.current();
        return health.latest("ORG").stream().filter(s -> actor.canSee(UUID.fromString(s.subject()))).toList();
    }

    @GetMapping("/organizations/{id}/trend")
    List<HealthScores.Score> organizationTrend(@PathVariable UUID id, @RequestParam(defaultValue = "168") int hours) {
        if (!Actor.current().canSee(id)) throw new NotFoundException("organization", id);
        return trend("ORG", id.toString(), hours);
    }

    @GetMapping("/regions")
    @PreAuthorize("hasRole('AGENT')")
    List<HealthScores.Score> regions() {
        return health.latest("REGION");
    }

    @GetMapping("/regions/{region}/trend")
    @PreAuthorize("hasRole('AGENT')")
    List<HealthScores.Score> regionTrend(@PathVariable String region, @RequestParam(defaultValue = "168") int hours) {
        return trend("REGION", region, hours);
    }

    @GetMapping("/at-risk")
    @PreAuthorize("hasRole('AGENT')")
    List<HealthScores.AtRisk> atRisk() {
        return health.atRisk();
    }

    /** Computes the scores of the current hour now instead of waiting for the hourly run. */
    @PostMapping("/snapshot")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    List<HealthScores.Score> snapshot() {
        return health.snapshot(clock.instant().truncatedTo(ChronoUnit.HOURS));
    }

    private List<HealthScores.Score> trend(String type, String subject, int hours) {
        int h = Math.clamp(hours, 1, 24 * 90);
        Instant now = clock.instant();
        return health.trend(type, subject, now.minus(Duration.ofHours(h)), now.plusSeconds(1));
    }
}
