package io.globaldesk.directory.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.globaldesk.directory.Agent;
import io.globaldesk.directory.Agents;
import io.globaldesk.directory.Contacts;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.directory.SupportCenter;
import io.globaldesk.directory.SupportCenters;
import io.globaldesk.directory.Teams;
import io.globaldesk.directory.Tier;
import io.globaldesk.directory.web.SupportCenterApi.Weekday;
import io.globaldesk.platform.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory's pages: the home dashboard, organizations, agents, support centers and teams. */
@Controller
class DirectoryPages {

    private final Organizations organizations;
    private final Contacts contacts;
    private final Agents agents;
    private final SupportCenters centers;
    private final Teams teams;
    private final FormSupport forms;
    private final Clock clock;

    DirectoryPages(Organizations organizations, Contacts contacts, Agents agents, SupportCenters centers, Teams teams,
                   FormSupport forms, Clock clock) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.agents = agents;
        this.centers = centers;
        this.teams = teams;
        this.forms = forms;
        this.clock = clock;
    }

    /** A center as the home page shows it: open or closed now, its local time, and its agents. */
    record CenterNow(SupportCenter center, boolean open, String localTime, long agents, long available) {
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        Actor actor = Actor.current();
        if (actor.isCustomer()) return "redirect:/portal";
        Instant now = clock.instant();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        List<Agent> active = agents.active();
        List<CenterNow> board = new ArrayList<>();
        for (SupportCenter c : centers.all()) {
            long total = active.stream().filter(a -> a.supportCenterId().equals(c.id())).count();
            long available = active.stream().filter(a -> a.supportCenterId().equals(c.id()) && a.available()).count();
            board.add(new CenterNow(c, c.isOpenAt(now), format.format(now.atZone(c.timeZone())), total, available));
        }
        Map<String, Long> byLanguage = active.stream().flatMap(a -> a.languages().stream())
                .collect(Collectors.groupingBy(l -> l, java.util.TreeMap::new, Collectors.counting()));
        model.addAttribute("board", board);
        model.addAttribute("organizationCount", organizations.visibleTo(actor).size());
        model.addAttribute("agentCount", active.size());
        model.addAttribute("languageLabels", new ArrayList<>(byLanguage.keySet()));
        model.addAttribute("languageCounts", new ArrayList<>(byLanguage.values()));
        return "home";
    }

    @GetMapping("/portal")
    String portal(Model model) {
        Actor actor = Actor.current();
        Organization organization = organizations.getFor(actor, actor.organizationId());
        model.addAttribute("organization", organization);
        model.addAttribute("contacts", contacts.of(actor, organization.id()));
        return "portal";
    }

    // organizations

    @GetMapping("/organizations")
    String organizations(Model model) {
        model.addAttribute("organizations", organizations.visibleTo(Actor.current()));
        model.addAttribute("tiers", Tier.values());
        return "directory/organizations";
    }

    @GetMapping("/organizations/{id}")
    String organization(@PathVariable UUID id, Model model) {
        Actor actor = Actor.current();
        model.addAttribute("organization", organizations.getFor(actor, id));
        model.addAttribute("contacts", contacts.of(actor, id));
        model.addAttribute("tiers", Tier.values());
        return "directory/organization";
    }

    @PostMapping("/admin/organizations")
    String createOrganization(@RequestParam String name, @RequestParam String country, @RequestParam String locale,
                              @RequestParam(required = false) String tier, @RequestParam(required = false) String appIds,
                              @RequestParam(required = false) String contactEmail, RedirectAttributes flash) {
        var body = organizationBody(name, country, locale, tier, appIds, contactEmail);
        return forms.submit(body, () -> organizations.create(body.toDraft()), "/organizations", "/organizations", flash);
    }

    @PostMapping("/admin/organizations/{id}")
    String updateOrganization(@PathVariable UUID id, @RequestParam String name, @RequestParam String country,
                              @RequestParam String locale, @RequestParam(required = false) String tier,
                              @RequestParam(required = false) String appIds,
                              @RequestParam(required = false) String contactEmail, RedirectAttributes flash) {
        var body = organizationBody(name, country, locale, tier, appIds, contactEmail);
        String page = "/organizations/" + id;
        return forms.submit(body, () -> organizations.update(id, body.toDraft()), page, page, flash);
    }

    @PostMapping("/admin/organizations/{id}/active")
    String toggleOrganization(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes flash) {
        return forms.attempt(() -> organizations.setActive(id, active), "/organizations/" + id, "/organizations/" + id, flash);
    }

    @PostMapping("/organizations/{id}/contacts")
    String addContact(@PathVariable UUID id, @RequestParam String name, @RequestParam String email,
                      @RequestParam(required = false) String locale, RedirectAttributes flash) {
        var body = new OrganizationApi.ContactBody(name, email, blankToNull(locale));
        String page = "/organizations/" + id;
        return forms.submit(body, () -> contacts.create(Actor.current(), id,
                new Contacts.Draft(name.strip(), email, blankToNull(locale))), page, page, flash);
    }

    // agents

    @GetMapping("/agents")
    String agents(Model model) {
        model.addAttribute("agents", agents.all());
        model.addAttribute("centers", centers.all());
        return "directory/agents";
    }

    @GetMapping("/agents/{id}")
    String agent(@PathVariable UUID id, Model model) {
        model.addAttribute("agent", agents.get(id));
        model.addAttribute("centers", centers.all());
        return "directory/agent";
    }

    @PostMapping("/admin/agents")
    String createAgent(@RequestParam String name, @RequestParam String email, @RequestParam String supportCenter,
                       @RequestParam(required = false) String languages, @RequestParam(required = false) String skills,
                       @RequestParam(required = false) String capacity, RedirectAttributes flash) {
        var body = agentBody(name, email, supportCenter, languages, skills, capacity);
        return forms.submit(body, () -> agents.create(body.toDraft()), "/agents", "/agents", flash);
    }

    @PostMapping("/admin/agents/{id}")
    String updateAgent(@PathVariable UUID id, @RequestParam String name, @RequestParam String email,
                       @RequestParam String supportCenter, @RequestParam(required = false) String languages,
                       @RequestParam(required = false) String skills, @RequestParam(required = false) String capacity,
                       RedirectAttributes flash) {
        var body = agentBody(name, email, supportCenter, languages, skills, capacity);
        String page = "/agents/" + id;
        return forms.submit(body, () -> agents.update(id, body.toDraft()), page, page, flash);
    }

    /** Activates or deactivates an agent; htmx swaps the returned table row in place. */
    @PostMapping("/admin/agents/{id}/active")
    String toggleAgent(@PathVariable UUID id, @RequestParam boolean active, Model model) {
        model.addAttribute("a", agents.setActive(id, active));
        return "directory/agent-row :: row(a=${a})";
    }

    // support centers

    @GetMapping("/centers")
    String centers(Model model) {
        model.addAttribute("centers", centers.all());
        model.addAttribute("weekdays", Weekday.values());
        return "directory/centers";
    }

    @GetMapping("/centers/{id}")
    String center(@PathVariable UUID id, Model model) {
        model.addAttribute("center", centers.get(id));
        model.addAttribute("weekdays", Weekday.values());
        return "directory/center";
    }

    @PostMapping("/admin/centers")
    String createCenter(@RequestParam String code, @RequestParam String name, @RequestParam String timeZone,
                        @RequestParam(required = false) List<String> days, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String holidays,
                        RedirectAttributes flash) {
        var body = centerBody(code, name, timeZone, days, from, to, holidays);
        return forms.submit(body, () -> centers.create(withNames(body, holidays)), "/centers", "/centers", flash);
    }

    @PostMapping("/admin/centers/{id}")
    String updateCenter(@PathVariable UUID id, @RequestParam String code, @RequestParam String name,
                        @RequestParam String timeZone, @RequestParam(required = false) List<String> days,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String holidays, RedirectAttributes flash) {
        var body = centerBody(code, name, timeZone, days, from, to, holidays);
        String page = "/centers/" + id;
        return forms.submit(body, () -> centers.update(id, withNames(body, holidays)), page, page, flash);
    }

    @PostMapping("/admin/centers/{id}/active")
    String toggleCenter(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes flash) {
        return forms.attempt(() -> centers.setActive(id, active), "/centers/" + id, "/centers/" + id, flash);
    }

    // teams

    @GetMapping("/teams")
    String teams(Model model) {
        model.addAttribute("teams", teams.all());
        model.addAttribute("centers", centers.all());
        model.addAttribute("agents", agents.active());
        model.addAttribute("agentNames", agents.all().stream().collect(Collectors.toMap(Agent::id, Agent::name)));
        return "directory/teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(@RequestParam String name, @RequestParam(required = false) String supportCenter,
                      @RequestParam(required = false) List<UUID> members, RedirectAttributes flash) {
        var body = new TeamApi.TeamBody(name, blankToNull(supportCenter), members);
        return forms.submit(body, () -> teams.create(body.toDraft()), "/teams", "/teams", flash);
    }

    @PostMapping("/admin/teams/{id}/active")
    String toggleTeam(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes flash) {
        return forms.attempt(() -> teams.setActive(id, active), "/teams", "/teams", flash);
    }

    private static OrganizationApi.OrganizationBody organizationBody(String name, String country, String locale, String tier,
                                                                     String appIds, String contactEmail) {
        return new OrganizationApi.OrganizationBody(name, country, locale, FormSupport.orNull(() -> Tier.valueOf(tier)),
                FormSupport.list(appIds), blankToNull(contactEmail));
    }

    private static AgentApi.AgentBody agentBody(String name, String email, String supportCenter, String languages,
                                                String skills, String capacity) {
        return new AgentApi.AgentBody(name, email, supportCenter, FormSupport.list(languages), FormSupport.list(skills),
                FormSupport.orNull(() -> Integer.valueOf(capacity.strip())));
    }

    /** Holidays are typed one a line: "2026-12-25 Christmas Day". */
    private static SupportCenterApi.CenterBody centerBody(String code, String name, String timeZone, List<String> days,
                                                          String from, String to, String holidays) {
        List<Weekday> weekdays = days == null ? List.of()
                : days.stream().map(d -> FormSupport.orNull(() -> Weekday.valueOf(d))).filter(d -> d != null).toList();
        LocalTime opens = FormSupport.orNull(() -> LocalTime.parse(from));
        LocalTime closes = FormSupport.orNull(() -> LocalTime.parse(to));
        List<SupportCenterApi.HoursBody> hours = weekdays.isEmpty() ? List.of()
                : List.of(new SupportCenterApi.HoursBody(weekdays, opens, closes));
        return new SupportCenterApi.CenterBody(code, name, timeZone, hours,
                holidayLines(holidays).stream().map(h -> h.day()).toList());
    }

    private static SupportCenters.Draft withNames(SupportCenterApi.CenterBody body, String holidays) {
        SupportCenters.Draft draft = body.toDraft();
        return new SupportCenters.Draft(draft.code(), draft.name(), draft.timeZone(), draft.workingHours(), holidayLines(holidays));
    }

    private static List<SupportCenter.Holiday> holidayLines(String text) {
        if (text == null) return List.of();
        List<SupportCenter.Holiday> result = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.length() < 10) continue;
            LocalDate day = FormSupport.orNull(() -> LocalDate.parse(trimmed.substring(0, 10)));
            if (day != null) result.add(new SupportCenter.Holiday(day, trimmed.substring(10).strip()));
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
