package io.globaldesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the format of the demo knowledge base and of the assistant's evaluation set. Plain files, no Spring. */
class DemoContentTests {

    static final Path KB = Path.of("src/main/resources/demo/kb");
    static final Path EVAL = Path.of("src/test/resources/assistant/eval.jsonl");
    static final Set<String> CATEGORIES = Set.of("audio", "video", "network", "sdk-android", "sdk-ios", "sdk-web",
            "sdk-windows", "sdk-macos", "sdk-flutter", "sdk-react-native", "sdk-unity", "signaling", "recording",
            "billing", "account", "other");
    static final Set<String> LOCALES = Set.of("en", "ja", "zh", "ko", "es", "pt", "de", "fr");
    static final Map<String, Integer> EVAL_FLOORS = Map.of("en", 30, "zh", 30, "ja", 30, "es", 30, "pt", 30);

    record Doc(Path file, String folder, String locale, Map<String, String> meta, String body) {}

    record EvalItem(String id, String lang, String question, String expected) {}

    static List<Doc> docs;
    static List<EvalItem> eval;

    @BeforeAll
    static void load() throws IOException {
        docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(KB)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                if (f.getParent().equals(KB)) continue; // README.md
                String name = f.getFileName().toString();
                docs.add(parse(f, f.getParent().getFileName().toString(), name.substring(0, name.length() - 3)));
            }
        }
        eval = new ArrayList<>();
        for (String line : Files.readAllLines(EVAL, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            eval.add(new EvalItem(jsonString(line, "id"), jsonString(line, "lang"), jsonString(line, "question"),
                    jsonString(line, "expected")));
        }
    }

    /** Front matter: the lines between the first two "---" lines, each "key: value" (a trailing "# comment" is dropped). */
    static Doc parse(Path file, String folder, String locale) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("%s starts with front matter", file).startsWith("---\n");
        int end = text.indexOf("\n---\n", 3);
        assertThat(end).as("%s closes its front matter", file).isPositive();
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(':');
            assertThat(colon).as("%s: front-matter line '%s'", file, line).isPositive();
            String value = line.substring(colon + 1).strip();
            if (!value.startsWith("\"") && value.contains(" #")) value = value.substring(0, value.indexOf(" #")).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
            assertThat(meta.put(line.substring(0, colon).strip(), value)).as("%s: duplicate key in '%s'", file, line).isNull();
        }
        return new Doc(file, folder, locale, meta, text.substring(end + 5));
    }

    static String jsonString(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(line);
        assertThat(m.find()).as("eval line has %s: %s", key, line).isTrue();
        return m.group(2) == null ? null : m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    Map<String, Doc> sources() {
        Map<String, Doc> en = new HashMap<>();
        docs.stream().filter(d -> d.locale().equals("en")).forEach(d -> en.put(d.folder(), d));
        return en;
    }

    @Test
    void everyArticleHasAnEnglishSourceWithItsFolderNameAsExternalId() throws IOException {
        Set<String> folders = new HashSet<>();
        try (Stream<Path> dirs = Files.list(KB)) {
            dirs.filter(Files::isDirectory).forEach(d -> folders.add(d.getFileName().toString()));
        }
        assertThat(folders).hasSizeGreaterThanOrEqualTo(35);
        for (String folder : folders) assertThat(KB.resolve(folder).resolve("en.md")).as(folder).exists();
        Set<String> ids = new HashSet<>();
        for (Doc d : docs) {
            assertThat(d.meta().get("externalId")).as("%s externalId", d.file()).isEqualTo(d.folder());
            if (d.locale().equals("en")) assertThat(ids.add(d.meta().get("externalId"))).as("unique %s", d.folder()).isTrue();
        }
        assertThat(ids).isEqualTo(folders);
    }

    @Test
    void frontMatterValuesAreValid() {
        Map<String, Doc> en = sources();
        for (Doc d : docs) {
            String where = d.file().toString();
            assertThat(LOCALES).as("%s locale", where).contains(d.locale());
            assertThat(d.meta().get("title")).as("%s title", where).isNotBlank();
            assertThat(CATEGORIES).as("%s category", where).contains(d.meta().get("category"));
            assertThat(d.meta().get("visibility")).as("%s visibility", where).isIn("PUBLIC", "INTERNAL");
            assertThat(d.meta().get("tags")).as("%s tags", where).matches("\\[.*]");
            assertThat(d.body().strip()).as("%s body", where).isNotEmpty();
            if (d.locale().equals("en")) {
                assertThat(d.meta().get("revision")).as("%s revision", where).matches("[1-9][0-9]*");
                int words = d.body().split("\\s+").length;
                assertThat(words).as("%s words", where).isBetween(150, 600);
            } else {
                Doc src = en.get(d.folder());
                assertThat(d.meta().get("sourceRevision")).as("%s sourceRevision", where).matches("[1-9][0-9]*");
                assertThat(Integer.parseInt(d.meta().get("sourceRevision")))
                        .as("%s sourceRevision <= source revision", where)
                        .isLessThanOrEqualTo(Integer.parseInt(src.meta().get("revision")));
                assertThat(d.meta().get("category")).as("%s category as source", where).isEqualTo(src.meta().get("category"));
                assertThat(d.meta().get("visibility")).as("%s visibility as source", where).isEqualTo(src.meta().get("visibility"));
            }
        }
    }

    @Test
    void translationCoverageAndOutdatedTranslationsAreAsPromised() {
        Map<String, Integer> perLocale = new TreeMap<>();
        int outdated = 0;
        Map<String, Doc> en = sources();
        for (Doc d : docs) {
            if (d.locale().equals("en")) continue;
            perLocale.merge(d.locale(), 1, Integer::sum);
            if (Integer.parseInt(d.meta().get("sourceRevision")) < Integer.parseInt(en.get(d.folder()).meta().get("revision"))) outdated++;
        }
        assertThat(perLocale.get("ja")).isGreaterThanOrEqualTo(15);
        assertThat(perLocale.get("zh")).isGreaterThanOrEqualTo(15);
        assertThat(perLocale.get("es")).isGreaterThanOrEqualTo(10);
        assertThat(perLocale.get("pt")).isGreaterThanOrEqualTo(10);
        for (String l : List.of("ko", "de", "fr")) assertThat(perLocale.get(l)).as(l).isGreaterThanOrEqualTo(5);
        assertThat(outdated).isGreaterThanOrEqualTo(5);
        assertThat(docs.stream().filter(d -> d.meta().get("visibility").equals("INTERNAL") && d.locale().equals("en")).count())
                .isBetween(3L, 5L);
    }

    @Test
    void termbaseHasEightLocalesAndNoEmptyCells() throws IOException {
        List<String> lines = Files.readAllLines(KB.resolve("termbase.tsv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("en\tzh\tja\tko\tes\tpt\tde\tfr");
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(40);
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSize(8);
            for (String c : cells) assertThat(c).as(line).isNotBlank();
        }
    }

    @Test
    void evalSetTargetsPublicArticlesAndMeetsTheFloors() {
        Map<String, Doc> en = sources();
        Map<String, Integer> inScope = new TreeMap<>();
        Map<String, Integer> perArticle = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int oos = 0;
        for (EvalItem e : eval) {
            assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
            assertThat(e.question()).as(e.id()).isNotBlank();
            assertThat(EVAL_FLOORS).as("%s lang", e.id()).containsKey(e.lang());
            if (e.expected() == null) {
                oos++;
                continue;
            }
            Doc target = en.get(e.expected());
            assertThat(target).as("%s expects an existing article", e.id()).isNotNull();
            assertThat(target.meta().get("visibility")).as("%s expects a PUBLIC article", e.id()).isEqualTo("PUBLIC");
            inScope.merge(e.lang(), 1, Integer::sum);
            perArticle.merge(e.expected(), 1, Integer::sum);
        }
        EVAL_FLOORS.forEach((lang, floor) -> assertThat(inScope.getOrDefault(lang, 0)).as(lang).isGreaterThanOrEqualTo(floor));
        assertThat(inScope.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(200);
        assertThat(oos).isGreaterThanOrEqualTo(50);
        en.values().stream().filter(d -> d.meta().get("visibility").equals("PUBLIC"))
                .forEach(d -> assertThat(perArticle.getOrDefault(d.folder(), 0)).as("questions for %s", d.folder())
                        .isGreaterThanOrEqualTo(2));
    }
}
