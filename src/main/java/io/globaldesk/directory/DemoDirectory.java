package io.globaldesk.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.globaldesk.directory.SupportCenter.Holiday;
import io.globaldesk.directory.SupportCenter.WorkingHours;
import io.globaldesk.platform.DemoDataSet;
import io.globaldesk.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * The demo directory: three follow-the-sun centers with their real 2026–2027 public holidays, 25 agents with the
 * language mix of their region, twelve customer organizations and one login per role (see the README).
 */
@Component
class DemoDirectory implements DemoDataSet {

    static final String DEMO_PASSWORD = "GlobalDesk-demo";
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final SupportCenters centers;
    private final Agents agents;
    private final Teams teams;
    private final Organizations organizations;
    private final Contacts contacts;
    private final UserAccounts users;

    DemoDirectory(SupportCenters centers, Agents agents, Teams teams, Organizations organizations, Contacts contacts,
                  UserAccounts users) {
        this.centers = centers;
        this.agents = agents;
        this.teams = teams;
        this.organizations = organizations;
        this.contacts = contacts;
        this.users = users;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        center("APAC", "Singapore", "Asia/Singapore", """
                2026-01-01 New Year's Day
                2026-02-17 Chinese New Year
                2026-02-18 Chinese New Year (second day)
                2026-03-21 Hari Raya Puasa
                2026-04-03 Good Friday
                2026-05-01 Labour Day
                2026-05-27 Hari Raya Haji
                2026-06-01 Vesak Day (observed)
                2026-08-10 National Day (observed)
                2026-11-09 Deepavali (observed)
                2026-12-25 Christmas Day
                2027-01-01 New Year's Day
                2027-02-08 Chinese New Year (observed)
                2027-02-09 Chinese New Year (observed)
                2027-03-10 Hari Raya Puasa
                2027-03-26 Good Friday
                2027-05-17 Hari Raya Haji
                2027-05-20 Vesak Day
                2027-08-09 National Day
                2027-10-28 Deepavali
                2027-12-25 Christmas Day""");
        center("EMEA", "Dublin", "Europe/Dublin", """
                2026-01-01 New Year's Day
                2026-02-02 St Brigid's Day
                2026-03-17 St Patrick's Day
                2026-04-06 Easter Monday
                2026-05-04 May Bank Holiday
                2026-06-01 June Bank Holiday
                2026-08-03 August Bank Holiday
                2026-10-26 October Bank Holiday
                2026-12-25 Christmas Day
                2026-12-28 St Stephen's Day (observed)
                2027-01-01 New Year's Day
                2027-02-01 St Brigid's Day
                2027-03-17 St Patrick's Day
                2027-03-29 Easter Monday
                2027-05-03 May Bank Holiday
                2027-06-07 June Bank Holiday
                2027-08-02 August Bank Holiday
                2027-10-25 October Bank Holiday
                2027-12-27 Christmas Day (observed)
                2027-12-28 St Stephen's Day (observed)""");
        center("AMER", "San Francisco", "America/Los_Angeles", """
                2026-01-01 New Year's Day
                2026-01-19 Martin Luther King Jr. Day
                2026-02-16 Presidents' Day
                2026-05-25 Memorial Day
                2026-06-19 Juneteenth
                2026-07-03 Independence Day (observed)
                2026-09-07 Labor Day
                2026-11-26 Thanksgiving Day
                2026-11-27 Day after Thanksgiving
                2026-12-25 Christmas Day
                2027-01-01 New Year's Day
                2027-01-18 Martin Luther King Jr. Day
                2027-02-15 Presidents' Day
                2027-05-31 Memorial Day
                2027-06-18 Juneteenth (observed)
                2027-07-05 Independence Day (observed)
                2027-09-06 Labor Day
                2027-11-25 Thanksgiving Day
                2027-11-26 Day after Thanksgiving
                2027-12-24 Christmas Day (observed)""");

        Map<String, Agent> byEmail = new LinkedHashMap<>();
        String[][] roster = {
                {"Yuki Tanaka", "APAC", "ja,en", "audio,video,network,sdk-android,sdk-ios,senior", "8"},
                {"Haruto Sato", "APAC", "ja,en", "sdk-web,signaling,recording", "8"},
                {"Mei Lin", "APAC", "zh,en", "video,network,sdk-android,senior", "10"},
                {"Wei Zhang", "APAC", "zh,en", "audio,sdk-windows,sdk-flutter,sdk-unity", "10"},
                {"Chen Lina", "APAC", "zh,en,ja", "billing,account", "12"},
                {"Kim Min-jun", "APAC", "ko,en", "video,sdk-ios,sdk-unity", "8"},
                {"Park Seo-yeon", "APAC", "ko,en,ja", "audio,network,recording", "8"},
                {"Arjun Mehta", "APAC", "en,hi", "sdk-android,sdk-react-native,signaling", "10"},
                {"Priya Nair", "APAC", "en", "billing,account,network", "10"},
                {"Siobhan Murphy", "EMEA", "en,fr", "billing,account,audio,senior", "10"},
                {"Lukas Schneider", "EMEA", "de,en", "video,sdk-web,network,senior", "8"},
                {"Anna Weber", "EMEA", "de,en,fr", "audio,recording,signaling", "8"},
                {"Camille Dubois", "EMEA", "fr,en,es", "sdk-ios,sdk-android,video", "8"},
                {"Hugo Martin", "EMEA", "fr,en", "network,sdk-windows,sdk-macos", "8"},
                {"Sofía García", "EMEA", "es,en,pt", "audio,video,sdk-web", "10"},
                {"João Ferreira", "EMEA", "pt,en,es", "sdk-flutter,sdk-react-native,network", "10"},
                {"Oliver Hughes", "EMEA", "en", "billing,account,recording", "12"},
                {"Aoife Byrne", "EMEA", "en,de", "signaling,sdk-web,audio", "8"},
                {"Emily Johnson", "AMER", "en", "audio,video,sdk-ios,senior", "8"},
                {"Michael Chen", "AMER", "en,zh", "sdk-web,network,signaling,senior", "8"},
                {"Carlos Hernández", "AMER", "es,en", "video,sdk-android,recording", "10"},
                {"Lucía Ramírez", "AMER", "es,en,pt", "audio,network,billing", "10"},
                {"Rafael Souza", "AMER", "pt,en,es", "sdk-android,sdk-flutter,video", "10"},
                {"Jessica Park", "AMER", "en,ko", "account,billing,sdk-unity", "12"},
                {"David Kim", "AMER", "en,ko,ja", "sdk-ios,sdk-macos,audio", "8"},
        };
        for (String[] r : roster) {
            String email = r[0].toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace('-', '.')
                    .replace("í", "i").replace("ã", "a").replace("á", "a").replace("é", "e") + "@globaldesk.demo";
            byEmail.put(r[0], agents.create(new Agents.Draft(r[0], email, r[1], List.of(r[2].split(",")),
                    List.of(r[3].split(",")), Integer.parseInt(r[4]))));
        }
        onCall("APAC", byEmail.get("Yuki Tanaka"));
        onCall("EMEA", byEmail.get("Lukas Schneider"));
        onCall("AMER", byEmail.get("Emily Johnson"));
        team("APAC Media & Network", "APAC", byEmail, "Yuki Tanaka", "Mei Lin", "Kim Min-jun", "Park Seo-yeon");
        team("APAC SDK & Accounts", "APAC", byEmail, "Haruto Sato", "Wei Zhang", "Chen Lina", "Arjun Mehta", "Priya Nair");
        team("EMEA Platform", "EMEA", byEmail, "Lukas Schneider", "Anna Weber", "Hugo Martin", "Aoife Byrne");
        team("EMEA Mobile & Billing", "EMEA", byEmail, "Siobhan Murphy", "Camille Dubois", "Sofía García", "João Ferreira", "Oliver Hughes");
        team("AMER Core", "AMER", byEmail, "Emily Johnson", "Michael Chen", "Carlos Hernández", "Lucía Ramírez", "Rafael Souza", "Jessica Park", "David Kim");

        String[][] customers = {
                {"Streamly Inc.", "US", "en-US", "ENTERPRISE", "streamly-live,streamly-rooms", "Alex Miller", "alex.miller@streamly.demo"},
                {"Papo Reto Tecnologia Ltda.", "BR", "pt-BR", "PREMIUM", "paporeto-app", "Ana Souza", "ana.souza@paporeto.demo"},
                {"Clase Viva S.A. de C.V.", "MX", "es-MX", "STANDARD", "claseviva", "Diego Torres", "diego.torres@claseviva.demo"},
                {"Hallo Medizin GmbH", "DE", "de-DE", "ENTERPRISE", "hallo-telemed", "Jonas Becker", "jonas.becker@hallo-medizin.demo"},
                {"Salle Virtuelle SAS", "FR", "fr-FR", "PREMIUM", "sallevirtuelle", "Léa Moreau", "lea.moreau@sallevirtuelle.demo"},
                {"Pitchside Media Ltd", "GB", "en-GB", "STANDARD", "pitchside-watch", "Tom Wright", "tom.wright@pitchside.demo"},
                {"さくらライブ株式会社 (Sakura Live K.K.)", "JP", "ja-JP", "ENTERPRISE", "sakura-live,sakura-karaoke", "渡辺 健 (Ken Watanabe)", "ken.watanabe@sakura-live.demo"},
                {"Hanul Games", "KR", "ko-KR", "PREMIUM", "hanul-voice", "이지은 (Lee Ji-eun)", "jieun.lee@hanul.demo"},
                {"云课堂教育科技 (CloudClass Edu)", "CN", "zh-CN", "ENTERPRISE", "cloudclass", "王芳 (Wang Fang)", "wang.fang@cloudclass.demo"},
                {"Chaupal Social Pvt Ltd", "IN", "en-IN", "STANDARD", "chaupal-audio", "Rohan Gupta", "rohan.gupta@chaupal.demo"},
                {"Merlion Fintech Pte Ltd", "SG", "en-SG", "PREMIUM", "merlion-kyc-video", "Tan Wei Ling", "weiling.tan@merlion.demo"},
                {"Outback Telehealth Pty Ltd", "AU", "en-AU", "STANDARD", "outback-care", "Sarah O'Brien", "sarah.obrien@outback.demo"},
        };
        for (String[] c : customers) {
            Organization organization = organizations.create(new Organizations.Draft(c[0], c[1], c[2], Tier.valueOf(c[3]),
                    List.of(c[4].split(",")), c[6]));
            Contact contact = contacts.create(new io.globaldesk.platform.security.Actor(null, "demo", Role.ADMIN, null, null, null),
                    organization.id(), new Contacts.Draft(c[5], c[6], c[2]));
            users.create(new UserAccounts.Draft(contact.email(), contact.name(), DEMO_PASSWORD, Role.CUSTOMER,
                    organization.id(), null, c[2]));
        }

        users.create(new UserAccounts.Draft("admin@globaldesk.demo", "Ada Admin", DEMO_PASSWORD, Role.ADMIN, null, null, "en"));
        users.create(new UserAccounts.Draft("lead@globaldesk.demo", "Grace Lee", DEMO_PASSWORD, Role.SUPPORT_LEAD, null, null, "en"));
        for (String name : List.of("Yuki Tanaka", "Siobhan Murphy", "Emily Johnson")) {
            Agent agent = byEmail.get(name);
            users.create(new UserAccounts.Draft(agent.email(), agent.name(), DEMO_PASSWORD, Role.AGENT, null, agent.id(),
                    agent.languages().get(0)));
        }
    }

    private void center(String code, String city, String zone, String holidays) {
        List<Holiday> days = holidays.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> new Holiday(LocalDate.parse(l.substring(0, 10)), l.substring(10).strip())).toList();
        centers.create(new SupportCenters.Draft(code, city, ZoneId.of(zone),
                List.of(new WorkingHours(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0))), days));
    }

    private void onCall(String center, Agent agent) {
        centers.setOnCall(centers.findByCode(center).orElseThrow().id(), agent.id());
    }

    private void team(String name, String center, Map<String, Agent> agents, String... members) {
        teams.create(new Teams.Draft(name, center, java.util.Arrays.stream(members).map(m -> agents.get(m).id()).toList()));
    }
}
