package io.globaldesk.directory.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.globaldesk.directory.Team;
import io.globaldesk.directory.Teams;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/teams")
@PreAuthorize("hasRole('AGENT')")
class TeamApi {

    record TeamBody(@NotBlank @Size(max = 200) String name, @Size(max = 16) String supportCenter,
                    @Size(max = 500) List<@NotNull UUID> members) {
        Teams.Draft toDraft() {
            return new Teams.Draft(name.strip(), supportCenter == null ? null : supportCenter.toUpperCase(java.util.Locale.ROOT),
                    members == null ? List.of() : members);
        }
    }

    private final Teams teams;

    TeamApi(Teams teams) {
        this.teams = teams;
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    ResponseEntity<Team> create(@Valid @RequestBody TeamBody body) {
        Team team = teams.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(team);
    }

    @GetMapping
    List<Team> list() {
        return teams.all();
    }

    @GetMapping("/{id}")
    Team get(@PathVariable UUID id) {
        return teams.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    Team update(@PathVariable UUID id, @Valid @RequestBody TeamBody body) {
        return teams.update(id, body.toDraft());
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    Team deactivate(@PathVariable UUID id) {
        return teams.setActive(id, false);
    }
}
