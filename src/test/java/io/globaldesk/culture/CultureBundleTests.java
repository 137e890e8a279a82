package io.globaldesk.culture;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Fails the build when a template key or a profile variant is missing from any UI locale, or a pattern is broken. */
class CultureBundleTests {

    static final List<String> LOCALES = List.of("en", "zh", "ja", "ko", "es", "pt", "de", "fr");

    @Test
    void everyLocaleHasEveryKeyOfTheDefaultBundle() throws IOException {
        Set<String> expected = load("i18n/culture.properties").stringPropertyNames();
        List<String> problems = new ArrayList<>();
        for (String locale : LOCALES) {
            Set<String> actual = load("i18n/culture_" + locale + ".properties").stringPropertyNames();
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            if (!missing.isEmpty()) {
                problems.add(locale + " lacks " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(locale + " has keys the default bundle lacks " + extra);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBuiltInTemplateAndPhraseIsInTheDefaultBundle() throws IOException {
        Set<String> keys = load("i18n/culture.properties").stringPropertyNames();

        for (ReplyTemplate template : ReplyTemplate.values()) {
            assertThat(keys).contains(template.key());
        }
        assertThat(keys).contains(ReplyTemplate.GREETING, ReplyTemplate.CLOSING);
        assertThat(new TemplateRenderer().keys()).isEqualTo(new TreeSet<>(keys));
    }

    @Test
    void everyPatternParsesAndUsesTheSameArgumentsAsInEnglish() throws IOException {
        Properties english = load("i18n/culture.properties");
        List<String> problems = new ArrayList<>();
        for (String locale : LOCALES) {
            Properties bundle = load("i18n/culture_" + locale + ".properties");
            for (String key : bundle.stringPropertyNames()) {
                try {
                    Set<String> args = new MessageFormat(bundle.getProperty(key)).getArgumentNames();
                    Set<String> englishArgs = new MessageFormat(english.getProperty(key, "")).getArgumentNames();
                    if (!englishArgs.containsAll(args)) {
                        problems.add(locale + " " + key + " uses " + args + " beyond English " + englishArgs);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(locale + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = CultureBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s on the class path", resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
