package io.globaldesk.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersOrdinaryMarkdown() {
        String html = renderer.toSafeHtml("# Echo\n\nEnable **AEC** and see [docs](https://example.com/aec).\n\n```\nport 443\n```");

        assertThat(html).contains("<h1>Echo</h1>", "<strong>AEC</strong>", "href=\"https://example.com/aec\"",
                "rel=\"nofollow noopener\"", "<pre><code>port 443");
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptUrls() {
        String hostile = """
                <script>alert(1)</script>

                <img src="x" onerror="alert(2)"> <a href="javascript:alert(3)">click</a>

                [link](javascript:alert(4)) ![img](javascript:alert(5)) <div onclick="alert(6)">text</div>

                <iframe src="https://evil.example"></iframe><svg onload="alert(7)"></svg>
                [data](data:text/html;base64,PHNjcmlwdD4=) <a href="JaVaScRiPt:alert(8)">x</a>
                """;

        String html = renderer.toSafeHtml(hostile).toLowerCase();

        assertThat(html).doesNotContain("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "<svg", "href=\"data");
        assertThat(html).contains("text", "click");
    }

    @Test
    void plainTextKeepsTheWordsButNoMarkupOrScript() {
        String text = renderer.toPlainText("## Token errors\n\n* Error **109**: token expired\n* <b>Error 110</b><script>steal()</script>");

        assertThat(text).contains("Token errors", "Error 109: token expired", "Error 110")
                .doesNotContain("<", "*", "#", "steal");
    }
}
