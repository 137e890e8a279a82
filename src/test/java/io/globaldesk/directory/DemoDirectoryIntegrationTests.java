package io.globaldesk.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@GlobalDeskIntegrationTest
class DemoDirectoryIntegrationTests {

    @Autowired SupportCenters centers;
    @Autowired Agents agents;
    @Autowired Organizations organizations;
    @Autowired UserAccounts users;

    @Test
    void threeFollowTheSunCentersWithTheirHolidays() {
        SupportCenter apac = centers.findByCode("APAC").orElseThrow();
        SupportCenter emea = centers.findByCode("EMEA").orElseThrow();
        SupportCenter amer = centers.findByCode("AMER").orElseThrow();
        assertThat(apac.timeZone().getId()).isEqualTo("Asia/Singapore");
        assertThat(emea.timeZone().getId()).isEqualTo("Europe/Dublin");
        assertThat(amer.timeZone().getId()).isEqualTo("America/Los_Angeles");
        assertThat(holidays(apac)).contains(LocalDate.parse("2026-02-17"), LocalDate.parse("2026-08-10"), LocalDate.parse("2027-02-08"));
        assertThat(holidays(emea)).contains(LocalDate.parse("2026-03-17"), LocalDate.parse("2027-03-29"));
        assertThat(holidays(amer)).contains(LocalDate.parse("2026-11-26"), LocalDate.parse("2027-07-05"));
        for (SupportCenter c : List.of(apac, emea, amer)) {
            assertThat(c.holidays().stream().map(h -> h.day().getYear()).collect(Collectors.toSet())).contains(2026, 2027);
            assertThat(c.onCallAgentId()).isNotNull();
        }
    }

    @Test
    void aboutTwentyFiveAgentsCoverEveryLanguage() {
        List<Agent> all = agents.all().stream().filter(a -> a.email().endsWith("@globaldesk.demo")).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        Set<String> languages = all.stream().flatMap(a -> a.languages().stream()).collect(Collectors.toSet());
        assertThat(languages).contains("en", "zh", "ja", "ko", "es", "pt", "de", "fr");
        assertThat(all.stream().map(Agent::supportCenter).collect(Collectors.toSet())).containsExactlyInAnyOrder("APAC", "EMEA", "AMER");
    }

    @Test
    void twelveCustomerOrganizationsAcrossCountriesAndTiers() {
        List<Organization> demo = organizations.visibleTo(new io.globaldesk.platform.security.Actor(null, "t",
                io.globaldesk.platform.security.Role.ADMIN, null, null, null)).stream()
                .filter(o -> o.contactEmail() != null && o.contactEmail().endsWith(".demo")).toList();
        assertThat(demo.stream().map(Organization::country).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("US", "BR", "MX", "DE", "FR", "GB", "JP", "KR", "CN", "IN", "SG", "AU");
        assertThat(demo.stream().map(Organization::tier).collect(Collectors.toSet())).containsExactlyInAnyOrder(Tier.values());
    }

    @Test
    void everyRoleHasADocumentedLogin() {
        assertThat(users.findByEmail("admin@globaldesk.demo").orElseThrow().role().name()).isEqualTo("ADMIN");
        assertThat(users.findByEmail("lead@globaldesk.demo").orElseThrow().role().name()).isEqualTo("SUPPORT_LEAD");
        assertThat(users.findByEmail("yuki.tanaka@globaldesk.demo").orElseThrow().agentId()).isNotNull();
        assertThat(users.findByEmail("ken.watanabe@sakura-live.demo").orElseThrow().organizationId()).isNotNull();
    }

    private static List<LocalDate> holidays(SupportCenter c) {
        return c.holidays().stream().map(SupportCenter.Holiday::day).toList();
    }
}
