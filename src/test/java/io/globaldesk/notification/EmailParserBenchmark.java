package io.globaldesk.notification;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing one inbound e-mail: a threaded plain-text reply with quoted history, an HTML-only reply, and a Japanese
 * ISO-2022-JP multipart with an attachment. In the module's package because the parser is internal. Run with
 * {@code ./globaldesk bench jmh EmailParserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EmailParserBenchmark {

    private final EmailParser parser = new EmailParser(25L * 1024 * 1024, 200_000);

    private final byte[] plainReply = crlf("""
            Message-ID: <CAF1234@mail.streamly.demo>
            In-Reply-To: <ticket-123.article-456@globaldesk.local>
            References: <ticket-123@globaldesk.local> <ticket-123.article-456@globaldesk.local>
            From: "Alex Miller" <alex.miller@streamly.demo>
            To: support@globaldesk.local
            Subject: Re: Video freezes on iOS 17
            Date: Wed, 25 Nov 2026 10:15:00 -0800
            Content-Type: text/plain; charset=utf-8

            The freezes stopped after 4.2.1. Thanks for the quick help!

            On Wed, Nov 25, 2026 at 10:00 AM GlobalDesk <support@globaldesk.local> wrote:
            > Please update to 4.2.1 and tell us whether the freezes continue.
            > Release notes: https://docs.example/sdk/4.2.1
            >
            > On Tue, Nov 24, 2026 at 9:00 PM Alex Miller wrote:
            >> Video freezes every 30 seconds on iOS 17 since yesterday.
            """);

    private final byte[] htmlReply = crlf("""
            From: a@b.example
            Subject: Re: echo
            Content-Type: text/html; charset=utf-8

            <html><body><div>Echo gone on <b>Android 14</b> &amp; 15.</div><div>Thanks,<br>Ana</div>
            <div class="gmail_quote"><div class="gmail_attr">Em qua., 25 de nov. de 2026, GlobalDesk escreveu:</div>
            <blockquote><p>Poderia atualizar para 4.2.1?</p><p>Obrigado</p></blockquote></div></body></html>
            """);

    private final byte[] japaneseMultipart;

    public EmailParserBenchmark() {
        Charset jis = Charset.forName("ISO-2022-JP");
        String text = "音声が途切れます。ログを添付します。\r\n\r\nGlobalDesk さんは書きました：\r\n> バージョンを教えてください。\r\n";
        String attachment = Base64.getMimeEncoder().encodeToString(new byte[200_000]);
        japaneseMultipart = concat(crlf("From: =?ISO-2022-JP?B?" + Base64.getEncoder().encodeToString("渡辺 健".getBytes(jis))
                + "?= <ken@sakura-live.demo>\nSubject: =?ISO-2022-JP?B?" + Base64.getEncoder().encodeToString("音声の問題".getBytes(jis))
                + "?=\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=ISO-2022-JP\n\n"),
                text.getBytes(jis), crlf("\n--b\nContent-Type: application/zip\nContent-Disposition: attachment; filename=\"logs.zip\"\n"
                        + "Content-Transfer-Encoding: base64\n\n" + attachment + "\n--b--\n"));
    }

    @Benchmark
    public InboundEmail plainTextReply() {
        return parser.parse(plainReply);
    }

    @Benchmark
    public InboundEmail htmlOnlyReply() {
        return parser.parse(htmlReply);
    }

    @Benchmark
    public InboundEmail japaneseWith200KbAttachment() {
        return parser.parse(japaneseMultipart);
    }

    private static byte[] crlf(String s) {
        return s.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
