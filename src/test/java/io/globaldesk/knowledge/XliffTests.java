package io.globaldesk.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XliffTests {

    private static final XliffArticle ECHO = new XliffArticle("42", "en", "Echo during calls",
            "Enable **echo cancellation** & lower the volume.\n\n```\naec = true\n\nmode = aggressive\n```\n\n- Wear a headset");
    private static final XliffArticle TOKEN = new XliffArticle("43", "en", "Token expired", "Renew the token <before> it expires.");
    private static final Map<String, XliffArticle> ARTICLES = Map.of("42", ECHO, "43", TOKEN);

    private final XliffExporter exporter = new XliffExporter();
    private final XliffImporter importer = new XliffImporter();

    private XliffImportResult read(String xml) {
        return importer.read(xml, id -> Optional.ofNullable(ARTICLES.get(id)));
    }

    private static String translate(String exported, Map<String, String> targets) {
        String xml = exported;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            xml = xml.replaceFirst("(?s)(<unit id=\"" + target.getKey() + "\">.*?</source>)",
                    "$1<target>" + target.getValue().replace("$", "\\$") + "</target>");
        }
        return xml;
    }

    private static List<XliffError> errors(XliffImportResult result) {
        assertThat(result).isInstanceOf(XliffImportResult.Rejected.class);
        return ((XliffImportResult.Rejected) result).errors();
    }

    @Test
    void exportsOneFilePerArticleWithStableUnitIds() {
        String xml = exporter.export(List.of(ECHO, TOKEN), "ja-JP");

        assertThat(xml).contains("xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"", "version=\"2.0\"", "srcLang=\"en\"",
                "trgLang=\"ja-JP\"", "<file id=\"42\">", "<file id=\"43\">", "<unit id=\"title\">", "<unit id=\"p3\">",
                "&amp; lower", "&lt;before&gt;");
        assertThat(ECHO.units()).containsOnlyKeys("title", "p1", "p2", "p3");
        assertThat(ECHO.units().get("p2")).as("a fenced block stays whole").contains("aec = true\n\nmode = aggressive");
    }

    @Test
    void roundTripsATranslationBackIntoMarkdown() {
        String xml = translate(exporter.export(ECHO, "ja"), Map.of("title", "通話中のエコー",
                "p1", "**エコーキャンセル** を有効にし &amp; 音量を下げます。", "p2", "```\naec = true\n\nmode = aggressive\n```",
                "p3", "- ヘッドセットを着用"));

        XliffImportResult result = read(xml);

        assertThat(result).isInstanceOf(XliffImportResult.Accepted.class);
        ImportedTranslation translation = ((XliffImportResult.Accepted) result).translations().getFirst();
        assertThat(translation).isEqualTo(new ImportedTranslation("42", "ja", "通話中のエコー",
                "**エコーキャンセル** を有効にし & 音量を下げます。\n\n```\naec = true\n\nmode = aggressive\n```\n\n- ヘッドセットを着用"));
    }

    @Test
    void refusesMalformedXmlNamingTheLine() {
        String xml = translate(exporter.export(TOKEN, "ja"), Map.of("title", "期限切れ", "p1", "<b>更新"));

        XliffError error = errors(read(xml)).getFirst();

        assertThat(error.message()).startsWith("malformed XML");
        assertThat(error.line()).isGreaterThan(1);
        assertThat(errors(read("not xml at all")).getFirst().message()).startsWith("malformed XML");
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ja">
                <file id="43"><unit id="title"><segment><source>t</source><target>&secret;</target></segment></unit>
                <unit id="p1"><segment><source>b</source><target>b</target></segment></unit></file></xliff>""";

        List<XliffError> errors = errors(read(xxe));

        assertThat(errors).extracting(XliffError::message).anyMatch(m -> m.contains("DOCTYPE"));
        assertThat(errors.toString()).doesNotContain("root:");
    }

    @Test
    void refusesBillionLaughs() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [" + entities + "]>\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ja\">"
                + "<file id=\"43\"><unit id=\"title\"><segment><source>t</source><target>&lol9;</target></segment></unit>"
                + "</file></xliff>";

        assertThat(errors(read(bomb))).extracting(XliffError::line).containsExactly(2);
    }

    @Test
    void refusesUnknownUnitsAndSegmentsAndUnitsWithoutTarget() {
        String xml = translate(exporter.export(ECHO, "ja"), Map.of("title", "エコー", "p1", "有効にする", "p2", "コード"))
                .replace("<unit id=\"p3\">", "<unit id=\"p9\">")
                .replace("<segment id=\"p1\">", "<segment id=\"s7\">");

        List<XliffError> errors = errors(read(xml));

        assertThat(errors).extracting(XliffError::unitId).contains("p9", "p1", "p3");
        assertThat(errors).filteredOn(e -> "p9".equals(e.unitId())).extracting(XliffError::message)
                .anyMatch(m -> m.startsWith("unknown unit id")).anyMatch(m -> m.contains("no target"));
        assertThat(errors).filteredOn(e -> "p1".equals(e.unitId())).extracting(XliffError::message)
                .anyMatch(m -> m.contains("unknown segment id s7"));
        assertThat(errors).filteredOn(e -> "p3".equals(e.unitId())).extracting(XliffError::message)
                .containsExactly("the unit is missing from the file");
        assertThat(errors).allMatch(e -> "42".equals(e.fileId()) && e.line() > 0);
    }

    @Test
    void refusesTheWholeDocumentWhenOneArticleIsUnknown() {
        String xml = translate(exporter.export(List.of(TOKEN, new XliffArticle("99", "en", "Gone", "Deleted article")), "ja"),
                Map.of("title", "期限切れ", "p1", "更新してください"));

        List<XliffError> errors = errors(read(xml));

        assertThat(errors).extracting(XliffError::fileId).contains("99");
        assertThat(errors).extracting(XliffError::message).contains("no article with id 99");
    }

    @Test
    void refusesAWrongNamespaceVersionOrLanguagePair() {
        String translated = translate(exporter.export(TOKEN, "ja"), Map.of("title", "期限切れ", "p1", "更新してください"));

        assertThat(errors(read(translated.replace("xliff:document:2.0", "xliff:document:1.2"))).getFirst().message())
                .contains("namespace");
        assertThat(errors(read(translated.replace("version=\"2.0\"", "version=\"1.2\""))).getFirst().message())
                .contains("version must be 2.x");
        assertThat(errors(read(translated.replace("trgLang=\"ja\"", "trgLang=\"en-GB\""))).getFirst().message())
                .contains("source language");
        assertThat(errors(read(translated.replace("srcLang=\"en\"", "srcLang=\"de\""))).getFirst().message())
                .contains("differs from the article's source locale");
        assertThat(errors(read(translated.replace("trgLang=\"ja\"", "trgLang=\"xx\""))).getFirst().message())
                .contains("not a knowledge-base language");
    }

    @Test
    void refusesToExportArticlesOfDifferentSourceLocalesTogether() {
        XliffArticle german = new XliffArticle("44", "de", "Echo", "Text");

        assertThatThrownBy(() -> exporter.export(List.of(TOKEN, german), "ja")).hasMessageContaining("export them separately");
        assertThatThrownBy(() -> exporter.export(TOKEN, "en-US")).hasMessageContaining("source language");
    }
}
