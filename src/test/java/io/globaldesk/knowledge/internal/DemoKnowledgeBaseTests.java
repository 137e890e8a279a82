package io.globaldesk.knowledge.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The front-matter reader of the demo articles, including files that break the format. */
class DemoKnowledgeBaseTests {

    @Test
    void readsFrontMatterListsQuotesAndBody() {
        DemoKnowledgeBase.DemoDoc doc = DemoKnowledgeBase.parse("audio-echo", "en", """
                ---
                externalId: audio-echo
                title: "Fixing echo: a guide"
                tags: [echo, aec]
                sdkVersions: ">=4.0"  # comment
                revision: 2
                ---
                ## Symptoms

                Echo.
                """);
        assertThat(doc.title()).isEqualTo("Fixing echo: a guide");
        assertThat(doc.list("tags")).containsExactly("echo", "aec");
        assertThat(DemoKnowledgeBase.DemoDoc.unquote(doc.meta().get("sdkVersions"))).isEqualTo(">=4.0");
        assertThat(doc.revision("revision")).isEqualTo(2);
        assertThat(doc.revision("sourceRevision")).isEqualTo(1);
        assertThat(doc.body()).startsWith("## Symptoms").endsWith("Echo.");
    }

    @Test
    void aFileWithoutFrontMatterOrWithAnUnclosedBlockDoesNotBreakTheReader() {
        DemoKnowledgeBase.DemoDoc plain = DemoKnowledgeBase.parse("x", "ja", "Just a body");
        assertThat(plain.title()).isEqualTo("x");
        assertThat(plain.body()).isEqualTo("Just a body");
        assertThat(plain.list("tags")).isEmpty();

        DemoKnowledgeBase.DemoDoc unclosed = DemoKnowledgeBase.parse("y", "en", "---\ntitle: T\nno colon line");
        assertThat(unclosed.title()).isEqualTo("T");
        assertThat(unclosed.body()).isEmpty();
    }

    @Test
    void everyDemoArticleIsReadWithAnEnglishSourceAndValidLocales() {
        List<DemoKnowledgeBase.DemoDoc> docs = DemoKnowledgeBase.read();
        assertThat(docs.stream().filter(d -> d.locale().equals("en")).count()).isEqualTo(47);
        assertThat(docs.stream().filter(d -> !d.locale().equals("en")).count()).isEqualTo(68);
        assertThat(docs).allSatisfy(d -> assertThat(d.meta()).containsKey("title"));
    }
}
