package io.globaldesk.alerting.web;

import io.globaldesk.alerting.live.OrganizationWebhooks;
import io.globaldesk.directory.Organizations;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * Where an organization receives incident notices as signed webhooks: {@code /api/v1/organizations/{id}/incident-webhook}.
 * Support leads set any organization's, customers their own; the secret is never answered back.
 */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/incident-webhook")
@PreAuthorize("hasAnyRole('SUPPORT_LEAD', 'CUSTOMER')")
class WebhookApi {

    record WebhookBody(@NotBlank @Size(max = 2000) String url, @NotBlank @Size(min = 16, max = 200) String secret) {
    }

    record WebhookView(UUID organizationId, String url) {
    }

    private final OrganizationWebhooks webhooks;
    private final Organizations organizations;

    WebhookApi(OrganizationWebhooks webhooks, Organizations organizations) {
        this.webhooks = webhooks;
        this.organizations = organizations;
    }

    @GetMapping
    WebhookView get(@PathVariable UUID organizationId) {
        organizations.getFor(Actor.current(), organizationId);
        return webhooks.of(organizationId).map(w -> new WebhookView(w.organizationId(), w.url()))
                .orElseThrow(() -> new NotFoundException("incident-webhook", organizationId));
    }

    @PutMapping
    WebhookView set(@PathVariable UUID organizationId, @Valid @RequestBody WebhookBody body) {
        organizations.getFor(Actor.current(), organizationId);
        URI uri;
        try {
            uri = URI.create(body.url().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url", "must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidInputException("url", "must be an absolute http(s) URL");
        }
        webhooks.set(organizationId, uri.toString(), body.secret());
        return new WebhookView(organizationId, uri.toString());
    }

    @DeleteMapping
    ResponseEntity<Void> delete(@PathVariable UUID organizationId) {
        organizations.getFor(Actor.current(), organizationId);
        if (!webhooks.remove(organizationId)) throw new NotFoundException("incident-webhook", organizationId);
        return ResponseEntity.noContent().build();
    }
}
