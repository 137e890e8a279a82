package io.globaldesk.knowledge;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Article bodies are Markdown written by agents and translators; rendered HTML is cleaned against a safelist so no
 * script, event handler or {@code javascript:} link reaches a customer's browser.
 */
public final class MarkdownRenderer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "del", "s")
            .addAttributes("code", "class")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().sanitizeUrls(true).build();

    /** Safe HTML for a help-center page. */
    public String toSafeHtml(String markdown) {
        String rendered = html.render(parser.parse(markdown));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(rendered, "", SAFELIST, output);
    }

    /** The words a reader sees, for the search index and embeddings: no markup, no raw HTML, no script content. */
    public String toPlainText(String markdown) {
        return Jsoup.parse(toSafeHtml(markdown)).body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]*\\n\\s*", "\n").strip();
    }
}
