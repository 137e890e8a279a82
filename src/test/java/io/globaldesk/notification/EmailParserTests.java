package io.globaldesk.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailParserTests {

    final EmailParser parser = new EmailParser(1024 * 1024, 200_000);

    @Test
    void readsThreadingHeadersSenderRecipientsAndTheNewTextOfAReply() {
        InboundEmail email = parser.parse(ascii("""
                Message-ID: <CAF1234@mail.sakura-live.demo>
                In-Reply-To: <ticket-123.article-456@globaldesk.local>
                References: <ticket-123@globaldesk.local>
                 <ticket-123.article-456@globaldesk.local>
                From: "Ken Watanabe" <Ken.Watanabe@Sakura-Live.demo>
                To: support@globaldesk.local
                Cc: Ops <ops@sakura-live.demo>, noc@sakura-live.demo
                Subject: Re: Echo on Android
                Date: Wed, 25 Nov 2026 10:15:00 +0900
                Content-Type: text/plain; charset=utf-8

                The echo is gone with 4.2.1, thanks.

                On Wed, Nov 25, 2026 at 10:00 AM GlobalDesk <support@globaldesk.local> wrote:
                > Please update to 4.2.1.
                """));
        assertThat(email.messageId()).isEqualTo("<CAF1234@mail.sakura-live.demo>");
        assertThat(email.inReplyTo()).isEqualTo("<ticket-123.article-456@globaldesk.local>");
        assertThat(email.references()).containsExactly("<ticket-123@globaldesk.local>", "<ticket-123.article-456@globaldesk.local>");
        assertThat(email.fromName()).isEqualTo("Ken Watanabe");
        assertThat(email.fromAddress()).isEqualTo("ken.watanabe@sakura-live.demo");
        assertThat(email.to()).containsExactly("support@globaldesk.local", "ops@sakura-live.demo", "noc@sakura-live.demo");
        assertThat(email.subject()).isEqualTo("Re: Echo on Android");
        assertThat(email.sentAt()).isEqualTo(Instant.parse("2026-11-25T01:15:00Z"));
        assertThat(email.text()).isEqualTo("The echo is gone with 4.2.1, thanks.");
        assertThat(email.truncated()).isFalse();
        assertThat(email.attachments()).isEmpty();
        assertThat(email.autoSubmitted()).isFalse();
    }

    @Test
    void recognisesMailSentByAMachine() {
        for (String header : new String[]{"Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes",
                "From: Mail Delivery System <MAILER-DAEMON@mx.example>"}) {
            assertThat(parser.parse(ascii(header + "\nSubject: Out of office\n\nBack on Monday.\n")).autoSubmitted()).as(header).isTrue();
        }
        assertThat(parser.parse(ascii("Auto-Submitted: no\nFrom: a@b.example\n\nHi\n")).autoSubmitted()).isFalse();
    }

    @Test
    void survivesMissingHeadersWithAStableSyntheticMessageId() {
        byte[] raw = ascii("\nJust a body, no headers at all.\n");
        InboundEmail email = parser.parse(raw);
        assertThat(email.messageId()).matches("<[0-9a-f]{32}@globaldesk\\.invalid>").isEqualTo(parser.parse(raw).messageId());
        assertThat(email.fromAddress()).isNull();
        assertThat(email.fromName()).isNull();
        assertThat(email.inReplyTo()).isNull();
        assertThat(email.subject()).isEmpty();
        assertThat(email.sentAt()).isNull();
        assertThat(email.text()).isEqualTo("Just a body, no headers at all.");
    }

    @Test
    void survivesMalformedAddressesDatesAndMessageIds() {
        InboundEmail email = parser.parse(ascii("""
                Message-ID: bare-id@mail.example
                From: Broken <<ana.souza@paporeto.demo>
                Date: yesterday-ish
                Subject: =?utf-8?B?not base64!?= ok

                Body
                """));
        assertThat(email.messageId()).isEqualTo("<bare-id@mail.example>");
        assertThat(email.fromAddress()).isEqualTo("ana.souza@paporeto.demo");
        assertThat(email.sentAt()).isNull();
        assertThat(email.subject()).endsWith("ok");
        assertThat(email.text()).isEqualTo("Body");
    }

    @Test
    void readsTheTextOfBrokenMime() {
        InboundEmail missingBoundary = parser.parse(ascii("""
                From: a@b.example
                Content-Type: multipart/mixed; boundary="never-used"

                The customer's text, with no MIME parts at all.
                """));
        assertThat(missingBoundary.text()).contains("The customer's text");
        InboundEmail noBoundaryParameter = parser.parse(ascii("""
                From: a@b.example
                Content-Type: multipart/alternative

                --x
                Content-Type: text/plain

                Hello there
                --x--
                """));
        assertThat(noBoundaryParameter.text()).contains("Hello there");
        InboundEmail badTransferEncoding = parser.parse(ascii("""
                From: a@b.example
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: x-made-up

                Still readable
                """));
        assertThat(badTransferEncoding.text()).isEqualTo("Still readable");
    }

    @Test
    void decodesUnknownAndLyingCharsetsWithoutFailing() {
        byte[] utf8 = "Grüße aus München".getBytes(StandardCharsets.UTF_8);
        InboundEmail unknown = parser.parse(concat(ascii("From: a@b.example\nContent-Type: text/plain; charset=x-klingon-7\n\n"), utf8));
        assertThat(unknown.text()).isEqualTo("Grüße aus München");
        byte[] latin1 = "Grüße".getBytes(StandardCharsets.ISO_8859_1);
        InboundEmail undeclared = parser.parse(concat(ascii("From: a@b.example\n\n"), latin1));
        assertThat(undeclared.text()).isEqualTo("Grüße");
        InboundEmail lying = parser.parse(concat(ascii("From: a@b.example\nContent-Type: text/plain; charset=utf-8\n\n"), latin1));
        assertThat(lying.text()).startsWith("Gr").endsWith("e").contains("\uFFFD");
    }

    @Test
    void prefersThePlainTextOfNestedMultipartsAndListsTheAttachments() {
        InboundEmail email = parser.parse(ascii("""
                From: Alex Miller <alex.miller@streamly.demo>
                Subject: Logs attached
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=us-ascii

                Logs from the failing call are attached.
                --alt
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html; charset=utf-8

                <p>Logs from the <b>failing</b> call are attached.</p>
                --rel
                Content-Type: image/png
                Content-ID: <logo>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --rel--
                --alt--
                --outer
                Content-Type: application/pdf; name="call-report.pdf"
                Content-Disposition: attachment; filename="call-report.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcfsj6IK
                --outer--
                """));
        assertThat(email.text()).isEqualTo("Logs from the failing call are attached.");
        assertThat(email.attachments()).extracting(InboundEmail.Attachment::fileName)
                .containsExactly("attachment-1", "call-report.pdf");
        InboundEmail.Attachment pdf = email.attachments().get(1);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(15);
        assertThat(pdf.accepted()).isTrue();
    }

    @Test
    void stopsAtAbsurdNesting() {
        StringBuilder mail = new StringBuilder("From: a@b.example\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int i = 0; i < 500; i++) mail.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1).append("\"\n\n");
        mail.append("--b500\nContent-Type: text/plain\n\ndeep\n");
        InboundEmail email = parser.parse(ascii(mail.toString()));
        assertThat(email.text()).doesNotContain("deep");
        assertThat(email.messageId()).isNotBlank();
    }

    @Test
    void cutsAHugeBodyAtTheLimit() {
        String line = "packet loss spikes every 30 seconds on the Frankfurt edge\n";
        byte[] huge = concat(ascii("From: a@b.example\nContent-Type: text/plain; charset=utf-8\n\n"),
                line.repeat(100_000).getBytes(StandardCharsets.UTF_8));
        InboundEmail email = parser.parse(huge);
        assertThat(huge.length).isGreaterThan(5_000_000);
        assertThat(email.truncated()).isTrue();
        assertThat(email.text()).hasSizeLessThanOrEqualTo(200_000).startsWith("packet loss spikes");
    }

    @Test
    void convertsHtmlOnlyMailToTextWithoutItsQuotedHistoryOrScripts() {
        InboundEmail email = parser.parse(ascii("""
                From: a@b.example
                Content-Type: text/html; charset=utf-8

                <html><head><style>p{color:red}</style><script>alert(1)</script></head><body>
                <div>Video freezes on iOS&nbsp;17 &amp; 18.</div><div>Steps:<br>1. join<br>2. share screen</div>
                <div class="gmail_quote"><div class="gmail_attr">On Tue, GlobalDesk wrote:</div>
                <blockquote>Which iOS version?</blockquote></div>
                </body></html>
                """));
        assertThat(email.text()).isEqualTo("Video freezes on iOS 17 & 18.\nSteps:\n1. join\n2. share screen");
    }

    @Test
    void readsIso2022JpJapaneseMail() {
        Charset jis = Charset.forName("ISO-2022-JP");
        String body = "音声が途切れます。\r\nSDK 4.2 です。\r\n\r\n2026年11月25日(水) 10:00 GlobalDesk <support@globaldesk.local>:\r\n> バージョンを教えてください。\r\n";
        byte[] raw = concat(ascii("From: =?ISO-2022-JP?B?" + b64("渡辺 健", jis) + "?= <ken@sakura-live.demo>\n"
                + "Subject: =?ISO-2022-JP?B?" + b64("音声の問題", jis) + "?=\n"
                + "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n"), body.getBytes(jis));
        InboundEmail email = parser.parse(raw);
        assertThat(email.fromName()).isEqualTo("渡辺 健");
        assertThat(email.subject()).isEqualTo("音声の問題");
        assertThat(email.text()).isEqualTo("音声が途切れます。\nSDK 4.2 です。");
    }

    @Test
    void readsGb2312ChineseMail() {
        Charset gb = Charset.forName("GB2312");
        String body = "视频卡顿，网络是联通。\n\n在 2026年11月25日 10:00，GlobalDesk <support@globaldesk.local> 写道：\n> 请提供日志。\n";
        byte[] raw = concat(ascii("From: =?GB2312?B?" + b64("李伟", gb) + "?= <li.wei@example.cn>\n"
                + "Subject: =?gb2312?B?" + b64("视频卡顿", gb) + "?=\n"
                + "Content-Type: text/plain; charset=\"gb2312\"\nContent-Transfer-Encoding: base64\n\n"),
                ascii(Base64.getMimeEncoder().encodeToString(body.getBytes(gb)) + "\n"));
        InboundEmail email = parser.parse(raw);
        assertThat(email.fromName()).isEqualTo("李伟");
        assertThat(email.subject()).isEqualTo("视频卡顿");
        assertThat(email.text()).isEqualTo("视频卡顿，网络是联通。");
    }

    @Test
    void readsEucKrKoreanMail() {
        Charset kr = Charset.forName("EUC-KR");
        String body = "통화 중 소리가 끊깁니다.\n\n2026년 11월 25일 (수) 오전 10:00, GlobalDesk <support@globaldesk.local>님이 작성:\n> 로그를 보내 주세요.\n";
        byte[] raw = concat(ascii("From: =?EUC-KR?B?" + b64("김민준", kr) + "?= <minjun@example.kr>\n"
                + "Subject: =?ks_c_5601-1987?B?" + b64("소리 끊김", kr) + "?=\n"
                + "Content-Type: text/plain; charset=euc-kr\nContent-Transfer-Encoding: 8bit\n\n"), body.getBytes(kr));
        InboundEmail email = parser.parse(raw);
        assertThat(email.fromName()).isEqualTo("김민준");
        assertThat(email.subject()).isEqualTo("소리 끊김");
        assertThat(email.text()).isEqualTo("통화 중 소리가 끊깁니다.");
    }

    @Test
    void rejectsAnOversizeAttachmentWithAReasonAndKeepsItsEncodedName() {
        EmailParser strict = new EmailParser(1024, 200_000);
        String big = Base64.getMimeEncoder().encodeToString(new byte[4096]);
        InboundEmail email = strict.parse(ascii("""
                From: a@b.example
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain

                See attached.
                --m
                Content-Type: application/zip
                Content-Disposition: attachment; filename*=UTF-8''%E3%83%AD%E3%82%B0.zip
                Content-Transfer-Encoding: base64

                BIG
                --m
                Content-Type: text/plain; name="=?UTF-8?B?5pel5b+XLnR4dA==?="
                Content-Disposition: attachment

                small
                --m--
                """.replace("BIG", big)));
        assertThat(email.text()).isEqualTo("See attached.");
        assertThat(email.attachments()).hasSize(2);
        InboundEmail.Attachment zip = email.attachments().get(0);
        assertThat(zip.fileName()).isEqualTo("ログ.zip");
        assertThat(zip.size()).isEqualTo(4096);
        assertThat(zip.accepted()).isFalse();
        assertThat(zip.rejection()).contains("limit");
        assertThat(email.attachments().get(1).fileName()).isEqualTo("日志.txt");
        assertThat(email.attachments().get(1).accepted()).isTrue();
    }

    @Test
    void neverThrowsOnRandomBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[random.nextInt(4000)];
            random.nextBytes(junk);
            if (i % 2 == 0) junk = concat(ascii("Content-Type: multipart/mixed; boundary=\"x\"\n\n--x\n"), junk);
            assertThat(parser.parse(junk)).isNotNull();
        }
    }

    static byte[] ascii(String s) {
        return s.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static String b64(String s, Charset charset) {
        return Base64.getEncoder().encodeToString(s.getBytes(charset));
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
