package io.globaldesk.notification;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The readable text of an HTML e-mail: line breaks where blocks end, quoted history (blockquotes, client quote blocks) left out. */
final class HtmlText {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "tr", "li", "h1", "h2", "h3", "h4",
            "h5", "h6", "table", "ul", "ol", "pre", "section", "article", "header", "footer", "hr", "dd", "dt");

    private HtmlText() {
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, blockquote, .gmail_quote, .gmail_attr, .moz-cite-prefix, .yahoo_quoted").remove();
        // Outlook puts the quoted message after a header block with this id
        Element outlook = doc.getElementById("divRplyFwdMsg");
        if (outlook == null) outlook = doc.getElementById("appendonsend");
        if (outlook != null) {
            for (Element sibling : outlook.nextElementSiblings()) sibling.remove();
            outlook.remove();
        }
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) out.append('\n');
                else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) out.append(' ');
            }
        });
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
