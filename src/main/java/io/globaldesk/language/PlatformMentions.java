package io.globaldesk.language;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDK platforms and the SDK version a customer's text mentions ("Android SDK 4.2.1", "iPhone", "在浏览器里",
 * "web sdk 5.0"), in any supported language. One place for the assistant's ranking and the insights' SDK statistics.
 */
public final class PlatformMentions {

    /**
     * The platforms, most specific first: a cross-platform framework is named before the system it runs on, so
     * "React Native on Android" is first a React Native mention. {@link #code()} is the knowledge base's spelling.
     */
    public enum Platform {
        REACT_NATIVE("react-native", "React Native", "react[ -]?native|\\bexpo\\b"),
        FLUTTER("flutter", "Flutter", "\\b(flutter|dart)\\b"),
        UNITY("unity", "Unity", "\\bunity\\b"),
        ELECTRON("electron", "Electron", "\\belectron\\b"),
        ANDROID("android", "Android", "android|\\b(kotlin|gradle|apk)\\b|安卓|アンドロイド|안드로이드"),
        IOS("ios", "iOS", "\\b(ios|swift|objective-c|xcode|callkit)\\b|iphone|ipad|苹果"),
        MACOS("macos", "macOS", "mac ?os|\\b(mac|macbook|os x)\\b"),
        WINDOWS("windows", "Windows", "windows|\\b(win10|win11|directshow)\\b"),
        LINUX("linux", "Linux", "\\blinux\\b"),
        WEB("web", "Web", "\\b(web|web ?sdk|webrtc|browser|chrome|safari|firefox|javascript|js|navegador|navigateur)\\b"
                + "|\\bedge\\b(?![ -]?nodes?\\b)|browser|浏览器|ブラウザ|브라우저");

        private final String code;
        private final String displayName;
        private final Pattern pattern;

        Platform(String code, String displayName, String regex) {
            this.code = code;
            this.displayName = displayName;
            this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        /** Lower-case code as articles list their platforms: {@code ios}, {@code react-native}. */
        public String code() {
            return code;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** A platform and a version; either may be absent, never both. */
    public record Mention(Optional<Platform> platform, Optional<String> version) {
    }

    private static final Pattern VERSION = Pattern.compile(
            "(?i)(?:\\bsdk|\\bversion|\\bversión|\\bversão|\\bv|版本|バージョン|버전)\\s*[:：]?\\s*v?(\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?)\\b");

    private static final String NOT_LATIN_BEFORE = "(?<![A-Za-z0-9])";
    private static final String NOT_LATIN_AFTER = "(?![A-Za-z0-9])";
    private static final Pattern STRIP = Pattern.compile("(?i)" + NOT_LATIN_BEFORE
            + "(?:react[ -]?native|flutter|unity|electron|android|ios|mac ?os|windows|linux|web ?sdk|sdk"
            + "|(?:version|versión|versão)\\s*[:：]?\\s*v?\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?"
            + "|v?\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?)" + NOT_LATIN_AFTER
            + "|(?:版本|バージョン|버전)\\s*[:：]?\\s*v?\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?");

    private PlatformMentions() {
    }

    /** Every platform the text mentions, most specific first; empty for none. */
    public static Set<Platform> in(String text) {
        Set<Platform> found = EnumSet.noneOf(Platform.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Platform platform : Platform.values()) {
            if (platform.pattern.matcher(lower).find()) {
                found.add(platform);
            }
        }
        return found;
    }

    /** The codes ({@link Platform#code()}) of every platform the text mentions. */
    public static Set<String> codesIn(String text) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        in(text).forEach(p -> codes.add(p.code()));
        return codes;
    }

    /** The most specific platform and the first SDK version the text mentions, if any. */
    public static Optional<Mention> find(String text) {
        Optional<Platform> platform = in(text).stream().findFirst();
        Optional<String> version = version(text);
        return platform.isEmpty() && version.isEmpty() ? Optional.empty() : Optional.of(new Mention(platform, version));
    }

    /** The first SDK version the text names ("SDK 4.2", "v3.8.1", "版本 4.1"). */
    public static Optional<String> version(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher v = VERSION.matcher(text);
        return v.find() ? Optional.of(v.group(1)) : Optional.empty();
    }

    /** The text without platform names, "SDK" and version numbers, which say nothing about the problem itself. */
    public static String strip(String text) {
        return text == null ? "" : STRIP.matcher(text).replaceAll(" ");
    }
}
