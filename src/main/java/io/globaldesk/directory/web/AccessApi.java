package io.globaldesk.directory.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.globaldesk.directory.ApiToken;
import io.globaldesk.directory.ApiTokens;
import io.globaldesk.directory.UserAccount;
import io.globaldesk.directory.UserAccounts;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import io.globaldesk.platform.web.validation.LanguageTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users and API tokens: administrators only. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('ADMIN')")
class AccessApi {

    record TokenBody(@NotBlank @Size(max = 200) String name, @NotNull Role role, UUID organizationId, Instant expiresAt) {
    }

    /** The secret appears in this answer only. */
    record IssuedView(UUID id, String name, String token, String prefix, Role role, UUID organizationId, Instant expiresAt) {
    }

    record UserBody(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
                    @NotBlank @Size(min = 8, max = 200) String password, @NotNull Role role, UUID organizationId,
                    UUID agentId, @Size(max = 35) @LanguageTag String locale) {
    }

    private final ApiTokens tokens;
    private final UserAccounts users;

    AccessApi(ApiTokens tokens, UserAccounts users) {
        this.tokens = tokens;
        this.users = users;
    }

    @PostMapping("/api-tokens")
    ResponseEntity<IssuedView> issue(@Valid @RequestBody TokenBody body) {
        ApiTokens.Issued issued = tokens.issue(new ApiTokens.Draft(body.name().strip(), body.role(), body.organizationId(),
                body.expiresAt()), Actor.current().userId());
        ApiToken t = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/api-tokens/" + t.id()))
                .body(new IssuedView(t.id(), t.name(), issued.secret(), t.prefix(), t.role(), t.organizationId(), t.expiresAt()));
    }

    @GetMapping("/api-tokens")
    List<ApiToken> tokens() {
        return tokens.all();
    }

    @DeleteMapping("/api-tokens/{id}")
    ApiToken revoke(@PathVariable UUID id) {
        return tokens.revoke(id);
    }

    @PostMapping("/users")
    ResponseEntity<UserAccount> createUser(@Valid @RequestBody UserBody body) {
        UserAccount user = users.create(new UserAccounts.Draft(body.email(), body.displayName().strip(), body.password(),
                body.role(), body.organizationId(), body.agentId(), body.locale()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
    }

    @GetMapping("/users")
    List<UserAccount> users() {
        return users.all();
    }

    @PostMapping("/users/{id}/disable")
    UserAccount disable(@PathVariable UUID id) {
        return users.setEnabled(id, false);
    }
}
