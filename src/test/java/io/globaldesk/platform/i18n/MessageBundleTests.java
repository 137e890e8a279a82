package io.globaldesk.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Fails the build when a UI text is hard-coded in a template or missing from any language's bundle. */
class MessageBundleTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Set<String> TRANSLATABLE_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value");

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
        assertThat(MessageBundles.baseNames()).contains("i18n/messages");
        for (String base : MessageBundles.baseNames()) {
            Set<String> reference = load(base + ".properties").stringPropertyNames();
            assertThat(reference).as(base).isNotEmpty();
            for (Locale locale : SupportedLocales.ALL) {
                String file = base + "_" + locale.getLanguage() + ".properties";
                Properties translated = load(file);
                assertThat(translated.stringPropertyNames()).as(file + " has exactly the keys of " + base)
                        .containsExactlyInAnyOrderElementsOf(reference);
                translated.forEach((k, v) -> assertThat(v.toString()).as(file + " " + k).isNotBlank());
            }
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String base : MessageBundles.baseNames()) known.addAll(load(base + ".properties").stringPropertyNames());
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = literalKey.matcher(Files.readString(template));
            while (m.find()) if (!known.contains(m.group(1))) missing.add(template + ": " + m.group(1));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template));
            for (Element element : doc.getAllElements()) {
                if (Set.of("script", "style", "title").contains(element.normalName())) continue;
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                        || element.hasAttr("th:insert") || insideReplaced(element);
                for (TextNode text : element.textNodes()) {
                    String t = text.text().strip();
                    if (!t.isEmpty() && !replaced && t.chars().anyMatch(Character::isLetter)) {
                        hardCoded.add(template.getFileName() + ": <" + element.normalName() + "> \"" + t + "\"");
                    }
                }
                for (String attribute : TRANSLATABLE_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (!value.isEmpty() && value.chars().anyMatch(Character::isLetter) && !element.hasAttr("th:" + attribute)
                            && !(attribute.equals("value") && !"submit".equals(element.attr("type")))
                            && !element.attr("th:attr").contains(attribute + "=")) {
                        hardCoded.add(template.getFileName() + ": " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void theCheckCatchesAHardCodedText() {
        Document doc = Jsoup.parse("<p>Hello</p><p th:text=\"#{x}\">ok</p>");
        long offending = doc.select("p").stream().filter(p -> !p.hasAttr("th:text") && !p.text().isBlank()).count();
        assertThat(offending).isEqualTo(1);
    }

    private static boolean insideReplaced(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:text") || parent.hasAttr("th:utext") || parent.hasAttr("th:replace")) return true;
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " exists").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
