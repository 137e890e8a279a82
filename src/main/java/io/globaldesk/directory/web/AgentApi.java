package io.globaldesk.directory.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
@RequestMapping("/api/v1/agents")
@PreAuthorize("hasRole('AGENT')")
class AgentApi {

    record AgentBody(@NotBlank @Size(max = 200) String name,
                     @NotBlank @Email @Size(max = 254) String email,
                     @NotBlank @Size(max = 16) String supportCenter,
                     @NotNull @Size(min = 1, max = 20) List<@NotBlank @Pattern(regexp = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*") String> languages,
                     @Size(max = 50) List<@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._/-]+") String> skills,
                     @NotNull @Min(0) @Max(1000) Integer capacity) {
        Agents.Draft toDraft() {
            return new Agents.Draft(name.strip(), email, supportCenter.toUpperCase(java.util.Locale.ROOT), languages,
                    skills == null ? List.of() : skills, capacity);
        }
    }

    private final Agents agents;

    AgentApi(Agents agents) {
        this.agents = agents;
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    ResponseEntity<Agent> create(@Valid @RequestBody AgentBody body) {
        Agent agent = agents.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/agents/" + agent.id())).body(agent);
    }

    @GetMapping
    List<Agent> list() {
        return agents.all();
    }

    @GetMapping("/{id}")
    Agent get(@PathVariable UUID id) {
        return agents.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    Agent update(@PathVariable UUID id, @Valid @RequestBody AgentBody body) {
        return agents.update(id, body.toDraft());
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    Agent deactivate(@PathVariable UUID id) {
        return agents.setActive(id, false);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    Agent activate(@PathVariable UUID id) {
        return agents.setActive(id, true);
    }
}
