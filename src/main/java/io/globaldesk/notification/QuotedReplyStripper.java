package io.globaldesk.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the quoted history off a reply, so a ticket gets what the customer wrote now: "&gt; " lines, and everything from
 * an attribution line ("On … wrote:", "Am … schrieb …:", "… さんは書きました：", "… 写道：", "… 님이 작성:" …), an
 * "-----Original Message-----" separator or an Outlook header block ("From: … Sent: …") on, in the eight UI languages.
 */
final class QuotedReplyStripper {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(On|Am|Le|El|Em|Il|Op)\\s.{0,300}(wrote|schrieb|a\\s+écrit|escribió|escreveu|ha\\s+scritto|schreef)\\s*[:：]?\\s*$"
                    + "|^\\s*Am\\s.{0,300}\\sschrieb\\s.{1,200}[:：]\\s*$"
                    + "|^.{0,300}(さんは書きました|さんが書きました|のメッセージ|写道|寫道|님이\\s*작성|작성했습니다)\\s*[:：]?\\s*$"
                    + "|^\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.{0,200}<[^>@\\s]+@[^>\\s]+>\\s*[:：]\\s*$"
                    + "|^\\s*\\d{4}\\s*년\\s*\\d{1,2}\\s*월\\s*\\d{1,2}\\s*일.{0,200}<[^>@\\s]+@[^>\\s]+>.{0,20}[:：]\\s*$",
            FLAGS);

    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Originalnachricht|Message d'origine|Message original"
                    + "|Mensaje original|Mensagem original|原始邮件|原始郵件|元のメッセージ|원본 메시지|원본 메일)\\s*-{2,}\\s*$", FLAGS);

    private static final Pattern HEADER_FROM = Pattern.compile(
            "^\\s*\\*?(From|Von|De|Da|差出人|送信者|发件人|發件人|寄件者|보낸\\s*사람)\\*?\\s*[:：].*", FLAGS);

    private static final Pattern HEADER_OTHER = Pattern.compile(
            "^\\s*\\*?(Sent|Date|To|Subject|Gesendet|Datum|An|Betreff|Envoyé|À|Objet|Enviado|Fecha|Para|Asunto|Assunto|Data"
                    + "|送信日時|日付|宛先|件名|发送时间|發送時間|日期|收件人|主题|寄件日期|收件者|主旨|날짜|보낸\\s*날짜|받는\\s*사람|제목)\\*?\\s*[:：].*",
            FLAGS);

    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");

    private QuotedReplyStripper() {
    }

    /** The text without its quoted history; the whole text (trimmed) when nothing would remain. */
    static String strip(String text) {
        String[] lines = text.split("\\r?\\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            if (startsHistory(lines, i, line, next)) break;
            if (isQuoted(line)) continue;
            kept.add(line);
        }
        String stripped = String.join("\n", kept).strip();
        return stripped.isEmpty() ? text.strip() : stripped;
    }

    private static boolean startsHistory(String[] lines, int i, String line, String next) {
        if (SEPARATOR.matcher(line).matches()) return true;
        if (ATTRIBUTION.matcher(line).matches()) return true;
        // mail clients wrap a long "On …, Name <address>" line before "wrote:"
        if (line.length() < 300 && !line.isBlank() && endsWithColon(next) && ATTRIBUTION.matcher(line + " " + next).matches()
                && isQuoted(i + 2 < lines.length ? lines[i + 2] : ">")) return true;
        if (HEADER_FROM.matcher(line).matches() && headerFollows(lines, i + 1)) return true;
        return UNDERSCORES.matcher(line).matches() && i + 1 < lines.length
                && HEADER_FROM.matcher(lines[i + 1]).matches() && headerFollows(lines, i + 2);
    }

    private static boolean endsWithColon(String line) {
        String s = line.stripTrailing();
        return s.endsWith(":") || s.endsWith("：");
    }

    private static boolean headerFollows(String[] lines, int from) {
        for (int j = from; j < Math.min(lines.length, from + 3); j++) {
            if (HEADER_OTHER.matcher(lines[j]).matches()) return true;
        }
        return false;
    }

    private static boolean isQuoted(String line) {
        String s = line.stripLeading();
        return s.startsWith(">") || s.startsWith("＞");
    }
}
