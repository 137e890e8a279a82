package io.globaldesk.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** 25 support engineers in Singapore, Dublin and San Francisco, with the language mixes such centers really have. */
final class SimulatedRoster {

    private static final List<Set<String>> SKILL_GROUPS = List.of(
            Set.of("audio", "video", "recording"),
            Set.of("network", "signaling"),
            Set.of("sdk-android", "sdk-ios", "sdk-flutter", "sdk-react-native"),
            Set.of("sdk-web", "sdk-windows", "sdk-macos", "sdk-unity"),
            Set.of("billing", "account"));

    static final int CAPACITY = 8;

    private SimulatedRoster() {}

    static List<AgentState> agents() {
        List<AgentState> agents = new ArrayList<>();
        addCenter(agents, "APAC", List.of(Set.of("en", "zh"), Set.of("en", "zh"), Set.of("en", "zh"), Set.of("en", "ja"),
                Set.of("en", "ja"), Set.of("en", "ko"), Set.of("en", "zh", "ja"), Set.of("en")));
        addCenter(agents, "EMEA", List.of(Set.of("en", "de"), Set.of("en", "fr"), Set.of("en", "es"), Set.of("en", "de", "fr"),
                Set.of("en", "pt"), Set.of("en"), Set.of("en", "fr"), Set.of("en", "de"), Set.of("en", "es")));
        addCenter(agents, "AMER", List.of(Set.of("en", "es"), Set.of("en", "pt"), Set.of("en", "es", "pt"), Set.of("en"),
                Set.of("en"), Set.of("en", "ja"), Set.of("en", "zh"), Set.of("en", "es")));
        return List.copyOf(agents);
    }

    /** Each engineer knows three of the five skill groups, rotating so every center covers every group several times. */
    private static void addCenter(List<AgentState> agents, String center, List<Set<String>> languages) {
        for (int i = 0; i < languages.size(); i++) {
            Set<String> skills = new HashSet<>();
            for (int g = 0; g < 3; g++) skills.addAll(SKILL_GROUPS.get((i + g) % SKILL_GROUPS.size()));
            if (i % 3 == 0) skills.add(AgentState.SENIOR_SKILL);
            String id = center.toLowerCase() + "-" + (i + 1);
            agents.add(AgentState.of(id, "Engineer " + id, center, languages.get(i), skills, CAPACITY, 0));
        }
    }
}
