package io.globaldesk.insights.internal;

import java.util.Optional;

import io.globaldesk.language.PlatformMentions;

/**
 * The SDK platform and version a ticket's text mentions, as the insights show them ("Android", "4.2.1"); the
 * detection itself is the language module's {@link PlatformMentions}, shared with the assistant.
 */
public final class SdkMentions {

    public record Mention(String platform, String version) {
    }

    private SdkMentions() {
    }

    /** The text without platform names, "SDK" and version numbers, which say nothing about the problem itself. */
    public static String strip(String text) {
        return PlatformMentions.strip(text);
    }

    public static Optional<Mention> find(String text) {
        return PlatformMentions.find(text).map(m -> new Mention(
                m.platform().map(PlatformMentions.Platform::displayName).orElse(null), m.version().orElse(null)));
    }
}
