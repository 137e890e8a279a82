package io.globaldesk.notification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailMessageTests {

    @Test
    void refusesLineBreaksThatWouldInjectHeaders() {
        assertThatThrownBy(() -> EmailMessage.to("a@b.example", "Hi\r\nBcc: victim@x.example", "t"))
                .hasMessageContaining("subject must be a single line");
        assertThatThrownBy(() -> EmailMessage.to("a@b.example", "Hi", "t").named("Eve\nBcc: x@y.example"))
                .hasMessageContaining("toName");
    }

    @Test
    void refusesABadAddressAndBadMessageIds() {
        assertThatThrownBy(() -> EmailMessage.to("not an address", "Hi", "t")).hasMessageContaining("to must be");
        assertThatThrownBy(() -> EmailMessage.to("a@b.example, c@d.example", "Hi", "t")).hasMessageContaining("to must be");
        assertThatThrownBy(() -> EmailMessage.to("a@b.example", "Hi", "t").withMessageId("ticket-1"))
                .hasMessageContaining("<local@domain>");
        assertThatThrownBy(() -> EmailMessage.to("a@b.example", "Hi", "t").replyingTo("<a@b>", List.of("<a@b> <c@d>")))
                .hasMessageContaining("references");
    }

    @Test
    void buildsUpAThreadedMessage() {
        EmailMessage m = EmailMessage.to("ken@sakura-live.demo", "Re: 音声が途切れる", "ご連絡ありがとうございます。")
                .named("渡辺 健").withMessageId("<ticket-123.article-456@globaldesk.local>")
                .replyingTo("<c-1@sakura-live.demo>", List.of("<c-0@sakura-live.demo>", "<c-1@sakura-live.demo>"))
                .dedupedBy("ticket-123/article-456").rateLimitedPer("ticket-123");
        assertThat(m.references()).containsExactly("<c-0@sakura-live.demo>", "<c-1@sakura-live.demo>");
        assertThat(m.dedupeKey()).isEqualTo("ticket-123/article-456");
        assertThat(m.rateLimitTopic()).isEqualTo("ticket-123");
    }

    @Test
    void webhookUrlsMustBeHttp() {
        assertThatThrownBy(() -> WebhookMessage.to("file:///etc/passwd", "s", "e", "{}")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> WebhookMessage.to("not a url", "s", "e", "{}")).hasMessageContaining("http(s)");
        assertThat(WebhookMessage.to("https://hooks.example/x", "s", "incident.opened", "{}").toString()).doesNotContain("secret=");
    }
}
