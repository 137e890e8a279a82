package io.globaldesk.insights.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.globaldesk.directory.Agent;

/**
 * The agents a comment mentions: every {@code @handle} that is the part before the @ of an active agent's e-mail
 * address, whatever the agent's support center. Unknown handles and e-mail addresses in the text mention nobody.
 */
public final class MentionFinder {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([\\p{L}\\p{N}._-]{2,64})");

    private MentionFinder() {
    }

    /** The mentioned agents, each once, in the order the text first names them. */
    public static List<Agent> mentioned(String text, List<Agent> active) {
        Map<String, List<Agent>> byHandle = new LinkedHashMap<>();
        for (Agent a : active) byHandle.computeIfAbsent(handle(a), h -> new java.util.ArrayList<>()).add(a);
        Map<UUID, Agent> found = new LinkedHashMap<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            for (Agent a : byHandle.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), List.of())) found.putIfAbsent(a.id(), a);
        }
        return List.copyOf(found.values());
    }

    public static String handle(Agent agent) {
        String email = agent.email() == null ? "" : agent.email();
        int at = email.indexOf('@');
        return (at > 0 ? email.substring(0, at) : email).toLowerCase(Locale.ROOT);
    }
}
