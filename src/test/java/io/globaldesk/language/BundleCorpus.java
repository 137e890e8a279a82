package io.globaldesk.language;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Labelled text for judging language detection, taken from the application's own message bundles
 * ({@code i18n/<bundle>_<tag>.properties}): every translated UI sentence is a sample of its bundle's language, written
 * by a translator.
 * <p>
 * A message counts when it still has at least {@value #MIN_WORDS} words (or {@value #MIN_CJK_CHARACTERS} CJK
 * characters) once its placeholders are gone, and when no other language has the same text under the same key:
 * "Status" or "Android SDK" is the same in several languages and says nothing about any of them.
 */
public final class BundleCorpus {

    /** One message in one language. {@code key} is {@code bundle/message.key}, the same in every language. */
    public record Sample(SupportedLanguage language, String key, String text) {
    }

    static final int MIN_WORDS = 3;
    /** Chinese and Japanese do not separate words with spaces; two characters make about one word. */
    static final int MIN_CJK_CHARACTERS = 6;

    /** {@code {0}}, {@code {1,number}}, {@code {title}}, and markup such as {@code <token>}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}|<[^<>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    private BundleCorpus() {
    }

    /** Every usable message of every supported language, in a stable order (language, bundle, key). */
    public static List<Sample> load() {
        Map<SupportedLanguage, Map<String, String>> messages = new TreeMap<>();
        Map<String, Map<String, Integer>> languagesPerText = new HashMap<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Map<String, String> byKey = new TreeMap<>();
            messagesIn(language).forEach((key, raw) -> byKey.put(key, clean(raw)));
            byKey.forEach((key, text) -> languagesPerText.computeIfAbsent(key, k -> new HashMap<>())
                    .merge(text, 1, Integer::sum));
            messages.put(language, byKey);
        }
        List<Sample> samples = new ArrayList<>();
        messages.forEach((language, byKey) -> byKey.forEach((key, text) -> {
            boolean sharedWithAnotherLanguage = languagesPerText.get(key).get(text) > 1;
            if (!sharedWithAnotherLanguage
                    && (words(text) >= MIN_WORDS || cjkCharacters(text) >= MIN_CJK_CHARACTERS)) {
                samples.add(new Sample(language, key, text));
            }
        }));
        return samples;
    }

    private static Map<String, String> messagesIn(SupportedLanguage language) {
        Map<String, String> byKey = new TreeMap<>();
        String suffix = "_" + language.tag() + ".properties";
        try (Stream<Path> files = Files.list(bundleDirectory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                String bundle = file.getFileName().toString().replace(suffix, "");
                read(file).forEach((key, value) -> byKey.put(bundle + "/" + key, value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byKey;
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    private static Path bundleDirectory() {
        try {
            return Path.of(Objects.requireNonNull(BundleCorpus.class.getResource("/i18n/messages_en.properties"),
                    "the message bundles are not on the class path").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MessageFormat doubles apostrophes in messages with arguments; the text a user reads has one. */
    private static String clean(String message) {
        String text = message;
        // innermost first: a plural placeholder holds further placeholders, {count, plural, one {# day} other {# days}}
        for (String previous = null; !text.equals(previous); ) {
            previous = text;
            text = PLACEHOLDER.matcher(text).replaceAll(" ");
        }
        text = text.replace("''", "'");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static long cjkCharacters(String text) {
        return CJK.matcher(text).results().count();
    }

    private static int words(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        return (int) Stream.of(SPACES.split(text)).filter(w -> LETTER.matcher(w).find()).count();
    }
}
