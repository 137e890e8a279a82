package io.globaldesk.directory.web;

import java.util.UUID;

import io.globaldesk.directory.Agents;
import io.globaldesk.directory.ApiTokens;
import io.globaldesk.directory.Organizations;
import io.globaldesk.directory.UserAccounts;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage users and API tokens here. */
@Controller
class AccessPages {

    private final UserAccounts users;
    private final ApiTokens tokens;
    private final Organizations organizations;
    private final Agents agents;
    private final FormSupport forms;

    AccessPages(UserAccounts users, ApiTokens tokens, Organizations organizations, Agents agents, FormSupport forms) {
        this.users = users;
        this.tokens = tokens;
        this.organizations = organizations;
        this.agents = agents;
        this.forms = forms;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", new Role[] {Role.ADMIN, Role.SUPPORT_LEAD, Role.AGENT, Role.CUSTOMER});
        model.addAttribute("organizations", organizations.visibleTo(Actor.current()));
        model.addAttribute("agents", agents.active());
        return "access/users";
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam String email, @RequestParam String displayName, @RequestParam String password,
                      @RequestParam(required = false) String role, @RequestParam(required = false) String organizationId,
                      @RequestParam(required = false) String agentId, @RequestParam(required = false) String locale,
                      RedirectAttributes flash) {
        var body = new AccessApi.UserBody(email, displayName, password, FormSupport.orNull(() -> Role.valueOf(role)),
                uuid(organizationId), uuid(agentId), locale == null || locale.isBlank() ? null : locale);
        return forms.submit(body, () -> users.create(new UserAccounts.Draft(body.email(), body.displayName().strip(),
                body.password(), body.role(), body.organizationId(), body.agentId(), body.locale())),
                "/admin/users", "/admin/users", flash);
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes flash) {
        return forms.attempt(() -> users.setEnabled(id, enabled), "/admin/users", "/admin/users", flash);
    }

    @GetMapping("/admin/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", organizations.visibleTo(Actor.current()));
        return "access/tokens";
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam String name, @RequestParam(required = false) String role,
                 @RequestParam(required = false) String organizationId, RedirectAttributes flash) {
        var body = new AccessApi.TokenBody(name, FormSupport.orNull(() -> Role.valueOf(role)), uuid(organizationId), null);
        return forms.submit(body, () -> {
            ApiTokens.Issued issued = tokens.issue(new ApiTokens.Draft(body.name().strip(), body.role(), body.organizationId(),
                    null), Actor.current().userId());
            flash.addFlashAttribute("issuedSecret", issued.secret());
        }, "/admin/tokens", "/admin/tokens", flash);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        return forms.attempt(() -> tokens.revoke(id), "/admin/tokens", "/admin/tokens", flash);
    }

    private static UUID uuid(String value) {
        return value == null || value.isBlank() ? null : FormSupport.orNull(() -> UUID.fromString(value.strip()));
    }
}
