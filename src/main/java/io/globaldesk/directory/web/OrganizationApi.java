package io.globaldesk.directory.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.globaldesk.directory.Contact;
import io.globaldesk.directory.Contacts;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.directory.Tier;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.validation.IsoCountry;
import io.globaldesk.platform.web.validation.LanguageTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
@RequestMapping("/api/v1/organizations")
class OrganizationApi {

    record OrganizationBody(@NotBlank @Size(max = 200) String name,
                            @NotBlank @IsoCountry String country,
                            @NotBlank @Size(max = 35) @LanguageTag String locale,
                            @NotNull Tier tier,
                            @Size(max = 100) List<@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String> appIds,
                            @Email @Size(max = 254) String contactEmail) {
        Organizations.Draft toDraft() {
            return new Organizations.Draft(name.strip(), country, locale, tier, appIds == null ? List.of() : appIds, contactEmail);
        }
    }

    record ContactBody(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
                       @Size(max = 35) @LanguageTag String locale) {
    }

    private final Organizations organizations;
    private final Contacts contacts;

    OrganizationApi(Organizations organizations, Contacts contacts) {
        this.organizations = organizations;
        this.contacts = contacts;
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    ResponseEntity<Organization> create(@Valid @RequestBody OrganizationBody body) {
        Organization organization = organizations.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + organization.id())).body(organization);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
    List<Organization> list() {
        return organizations.visibleTo(Actor.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
    Organization get(@PathVariable UUID id) {
        return organizations.getFor(Actor.current(), id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    Organization update(@PathVariable UUID id, @Valid @RequestBody OrganizationBody body) {
        return organizations.update(id, body.toDraft());
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    Organization deactivate(@PathVariable UUID id) {
        return organizations.setActive(id, false);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasRole('SUPPORT_LEAD')")
    Organization activate(@PathVariable UUID id) {
        return organizations.setActive(id, true);
    }

    @GetMapping("/{id}/contacts")
    @PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
    List<Contact> contacts(@PathVariable UUID id) {
        return contacts.of(Actor.current(), id);
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<Contact> addContact(@PathVariable UUID id, @Valid @RequestBody ContactBody body) {
        Contact contact = contacts.create(Actor.current(), id, new Contacts.Draft(body.name().strip(), body.email(), body.locale()));
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + id + "/contacts/" + contact.id())).body(contact);
    }

    @PostMapping("/{id}/contacts/{contactId}/deactivate")
    @PreAuthorize("hasRole('AGENT')")
    Contact deactivateContact(@PathVariable UUID id, @PathVariable UUID contactId) {
        return contacts.setActive(Actor.current(), id, contactId, false);
    }
}
