package io.globaldesk.insights.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the SDK platform and version a ticket's text mentions ("Android SDK 4.2.1", "iOS v3.8", "web sdk 5.0"). */
public final class SdkMentions {

    public record Mention(String platform, String version) {
    }

    private static final Map<String, Pattern> PLATFORMS = new LinkedHashMap<>();

    static {
        PLATFORMS.put("React Native", Pattern.compile("(?i)react[ -]?native"));
        PLATFORMS.put("Flutter", Pattern.compile("(?i)\\bflutter\\b"));
        PLATFORMS.put("Unity", Pattern.compile("(?i)\\bunity\\b"));
        PLATFORMS.put("Electron", Pattern.compile("(?i)\\belectron\\b"));
        PLATFORMS.put("Android", Pattern.compile("(?i)android|安卓|アンドロイド|안드로이드"));
        PLATFORMS.put("iOS", Pattern.compile("(?i)\\bios\\b|iphone|ipad|苹果"));
        PLATFORMS.put("macOS", Pattern.compile("(?i)mac ?os|\\bmac\\b"));
        PLATFORMS.put("Windows", Pattern.compile("(?i)windows"));
        PLATFORMS.put("Linux", Pattern.compile("(?i)\\blinux\\b"));
        PLATFORMS.put("Web", Pattern.compile("(?i)\\bweb ?sdk\\b|\\bwebrtc\\b|browser|chrome|safari|firefox|javascript|浏览器|ブラウザ|브라우저"));
    }

    private static final Pattern VERSION = Pattern.compile(
            "(?i)(?:\\bsdk|\\bversion|\\bversión|\\bversão|\\bv|版本|バージョン|버전)\\s*[:：]?\\s*v?(\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?)\\b");

    private SdkMentions() {
    }

    private static final String NOT_LATIN_BEFORE = "(?<![A-Za-z0-9])";
    private static final String NOT_LATIN_AFTER = "(?![A-Za-z0-9])";
    private static final Pattern STRIP = Pattern.compile("(?i)" + NOT_LATIN_BEFORE
            + "(?:react[ -]?native|flutter|unity|electron|android|ios|mac ?os|windows|linux|web ?sdk|sdk"
            + "|(?:version|versión|versão)\\s*[:：]?\\s*v?\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?"
            + "|v?\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?)" + NOT_LATIN_AFTER
            + "|(?:版本|バージョン|버전)\\s*[:：]?\\s*v?\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?");

    /** The text without platform names, "SDK" and version numbers, which say nothing about the problem itself. */
    public static String strip(String text) {
        return text == null ? "" : STRIP.matcher(text).replaceAll(" ");
    }

    public static Optional<Mention> find(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String platform = null;
        for (Map.Entry<String, Pattern> p : PLATFORMS.entrySet()) {
            if (p.getValue().matcher(text).find()) {
                platform = p.getKey();
                break;
            }
        }
        Matcher v = VERSION.matcher(text);
        String version = v.find() ? v.group(1) : null;
        return platform == null && version == null ? Optional.empty() : Optional.of(new Mention(platform, version));
    }
}
