package io.globaldesk.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic historical tickets of an RTC SDK vendor: a handful of themes, each written in several phrasings and in
 * English, Chinese, Japanese, German and Spanish, spread over eight weeks, with one theme (Bluetooth headsets) only in
 * the last week. Every ticket knows the theme it was generated from, for measuring topic purity.
 */
public final class RtcHistory {

    public record Generated(String externalId, String subject, String body, String category, Instant createdAt,
                            Instant solvedAt, String language, String theme) {
        public String ndjson() {
            return "{\"externalId\":" + q(externalId) + ",\"subject\":" + q(subject) + ",\"body\":" + q(body)
                    + ",\"category\":" + q(category) + ",\"createdAt\":" + q(createdAt.toString())
                    + ",\"solvedAt\":" + q(solvedAt.toString()) + ",\"language\":" + q(language) + "}";
        }
    }

    record Theme(String name, String category, Map<String, List<String[]>> phrasings) {
    }

    public static final String RISING = "bluetooth";
    private static final String[] PLATFORMS = {"Android", "iOS", "Web SDK", "Windows", "Flutter"};
    private static final String[] VERSIONS = {"4.2.1", "4.3.0", "4.1.5", "3.8.2"};

    static final List<Theme> THEMES = List.of(
            new Theme("echo", "audio", Map.of(
                    "en", List.<String[]>of(new String[] {"Echo during calls", "Remote participants hear an echo of their own voice during calls on %s SDK %s. Echo cancellation does not seem to work."},
                            new String[] {"Acoustic echo in voice calls", "We get acoustic echo in voice calls when the speaker is loud, %s, SDK version %s. Is echo cancellation enabled by default?"},
                            new String[] {"Users complain about echo", "Several users complain about echo in group calls (%s, sdk %s). The echo gets worse with speakerphone."}),
                    "zh", List.<String[]>of(new String[] {"通话中有回声", "在%s上使用SDK %s通话时，对方听到自己的回声，回声消除好像没有生效。"},
                            new String[] {"语音通话回声严重", "语音通话的时候回声很严重，%s，版本 %s，请问回声消除默认开启吗？"}),
                    "ja", List.<String[]>of(new String[] {"通話中にエコーが聞こえる", "%sのSDK %sで通話すると、相手に自分の声のエコーが聞こえます。エコーキャンセルが効いていないようです。"},
                            new String[] {"音声通話のエコー", "スピーカー使用時に音声通話でエコーが発生します（%s、バージョン %s）。エコーキャンセルは既定で有効ですか？"}),
                    "de", List.<String[]>of(new String[] {"Echo während Anrufen", "Teilnehmer hören bei Anrufen ein Echo ihrer eigenen Stimme (%s, SDK %s). Die Echounterdrückung funktioniert nicht."}),
                    "es", List.<String[]>of(new String[] {"Eco durante las llamadas", "Los participantes escuchan eco de su propia voz en las llamadas (%s, SDK %s). La cancelación de eco no funciona."}))),
            new Theme("video-freeze", "video", Map.of(
                    "en", List.<String[]>of(new String[] {"Video freezes every few seconds", "The remote video freezes every few seconds while audio continues, on %s with SDK %s."},
                            new String[] {"Frozen video in meetings", "Video of other participants is frozen for several seconds in meetings (%s, SDK %s), frame rate drops to zero."},
                            new String[] {"Remote video stuck", "Remote video gets stuck and freezes on the last frame, %s SDK %s, happens on 4G networks."}),
                    "zh", List.<String[]>of(new String[] {"视频画面卡住", "在%s上使用SDK %s时，对方的视频画面每隔几秒就卡住，声音正常。"},
                            new String[] {"远端视频卡顿", "会议中远端视频卡顿，画面冻结几秒钟（%s，版本 %s）。"}),
                    "ja", List.<String[]>of(new String[] {"映像が止まる", "%sのSDK %sで、相手の映像が数秒ごとに止まります。音声は正常です。"},
                            new String[] {"ビデオがフリーズする", "会議中に相手のビデオがフリーズして数秒止まります（%s、バージョン %s）。"}),
                    "de", List.<String[]>of(new String[] {"Video friert ein", "Das Video der anderen Teilnehmer friert alle paar Sekunden ein (%s, SDK %s), der Ton läuft weiter."}),
                    "es", List.<String[]>of(new String[] {"El video se congela", "El video remoto se congela cada pocos segundos mientras el audio sigue (%s, SDK %s)."}))),
            new Theme("token", "account", Map.of(
                    "en", List.<String[]>of(new String[] {"Token expired error when joining", "Users get a token expired error when joining a channel, although the token was generated a minute ago (%s, SDK %s)."},
                            new String[] {"Invalid token on join channel", "Join channel fails with invalid token error code 110 on %s SDK %s. How long is a token valid?"},
                            new String[] {"Token renewal fails", "Token renewal fails and users are kicked out of the channel after 24 hours, %s, SDK %s."}),
                    "zh", List.<String[]>of(new String[] {"加入频道提示Token过期", "用户加入频道时提示Token过期，但Token是刚生成的（%s，SDK %s）。"}),
                    "ja", List.<String[]>of(new String[] {"トークンの有効期限エラー", "チャンネル参加時にトークンの有効期限切れエラーが出ます（%s、SDK %s）。トークンは直前に生成しました。"}),
                    "de", List.<String[]>of(new String[] {"Token abgelaufen beim Beitreten", "Beim Beitreten zum Kanal erscheint der Fehler Token abgelaufen (%s, SDK %s)."}),
                    "es", List.<String[]>of(new String[] {"Token caducado al unirse", "Al unirse al canal aparece el error token caducado (%s, SDK %s)."}))),
            new Theme("screen-share", "video", Map.of(
                    "en", List.<String[]>of(new String[] {"Screen sharing shows black screen", "When we start screen sharing, viewers only see a black screen (%s, SDK %s)."},
                            new String[] {"Black screen during screen share", "Screen share shows a black screen for remote users on %s with SDK %s, camera video works."}),
                    "zh", List.<String[]>of(new String[] {"屏幕共享黑屏", "开始屏幕共享后，观众只能看到黑屏（%s，SDK %s）。"}),
                    "ja", List.<String[]>of(new String[] {"画面共有が黒い画面になる", "画面共有を開始すると、視聴者には黒い画面しか表示されません（%s、SDK %s）。"}),
                    "de", List.<String[]>of(new String[] {"Bildschirmfreigabe zeigt schwarzen Bildschirm", "Bei der Bildschirmfreigabe sehen Zuschauer nur einen schwarzen Bildschirm (%s, SDK %s)."}),
                    "es", List.<String[]>of(new String[] {"Pantalla negra al compartir pantalla", "Al compartir pantalla los espectadores solo ven una pantalla negra (%s, SDK %s)."}))),
            new Theme("recording", "recording", Map.of(
                    "en", List.<String[]>of(new String[] {"Cloud recording fails to start", "Cloud recording fails to start with error 404 resource not found (%s, SDK %s)."},
                            new String[] {"Recording file missing", "Cloud recording finished but the recording file is missing from our storage bucket (%s, SDK %s)."}),
                    "zh", List.<String[]>of(new String[] {"云端录制无法启动", "云端录制无法启动，返回错误404（%s，SDK %s）。"}),
                    "ja", List.<String[]>of(new String[] {"クラウド録画が開始できない", "クラウド録画がエラー404で開始できません（%s、SDK %s）。"}),
                    "de", List.<String[]>of(new String[] {"Cloud-Aufzeichnung startet nicht", "Die Cloud-Aufzeichnung startet nicht, Fehler 404 (%s, SDK %s)."}),
                    "es", List.<String[]>of(new String[] {"La grabación en la nube no inicia", "La grabación en la nube no inicia, error 404 (%s, SDK %s)."}))),
            new Theme("billing", "billing", Map.of(
                    "en", List.<String[]>of(new String[] {"Invoice shows wrong minutes", "Our invoice for last month shows more usage minutes than our own logs (%s, SDK %s)."},
                            new String[] {"Question about invoice usage minutes", "The invoice counts video minutes for audio-only calls, please check the usage minutes (%s, SDK %s)."}),
                    "zh", List.<String[]>of(new String[] {"账单用量分钟数不对", "上个月的账单用量分钟数比我们自己的日志多（%s，SDK %s）。"}),
                    "ja", List.<String[]>of(new String[] {"請求書の利用分数が違う", "先月の請求書の利用分数が自社ログより多くなっています（%s、SDK %s）。"}),
                    "de", List.<String[]>of(new String[] {"Rechnung zeigt falsche Minuten", "Unsere Rechnung zeigt mehr Nutzungsminuten als unsere Logs (%s, SDK %s)."}),
                    "es", List.<String[]>of(new String[] {"La factura muestra minutos incorrectos", "Nuestra factura muestra más minutos de uso que nuestros registros (%s, SDK %s)."}))),
            new Theme(RISING, "audio", Map.of(
                    "en", List.<String[]>of(new String[] {"No audio with Bluetooth headset", "Since the latest update, users with a Bluetooth headset hear no audio in calls (%s, SDK %s)."},
                            new String[] {"Bluetooth headset microphone not working", "The Bluetooth headset microphone is not used, audio comes from the phone speaker (%s, SDK %s)."}),
                    "ja", List.<String[]>of(new String[] {"Bluetoothヘッドセットで音が出ない", "最新のアップデート以降、Bluetoothヘッドセットを使うと通話の音声が聞こえません（%s、SDK %s）。"}))));

    private static final double[] LANGUAGE_WEIGHTS = {0.5, 0.15, 0.15, 0.1, 0.1};
    private static final String[] LANGUAGES = {"en", "zh", "ja", "de", "es"};

    private RtcHistory() {
    }

    /**
     * {@code count} tickets over eight weeks from {@code start}; {@code risingCount} extra Bluetooth tickets only in the
     * last week. External ids start with {@code prefix}.
     */
    public static List<Generated> generate(String prefix, Instant start, int count, int risingCount, long seed) {
        Random random = new Random(seed);
        List<Theme> steady = THEMES.stream().filter(t -> !t.name().equals(RISING)).toList();
        Theme rising = THEMES.stream().filter(t -> t.name().equals(RISING)).findFirst().orElseThrow();
        long span = Duration.ofDays(56).toSeconds();
        List<Generated> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Theme theme = steady.get(weighted(random, steady.size()));
            Instant at = start.plusSeconds((long) (random.nextDouble() * span));
            out.add(ticket(prefix + i, theme, language(random), at, random));
        }
        Instant lastWeek = start.plus(Duration.ofDays(49));
        for (int i = 0; i < risingCount; i++) {
            Instant at = lastWeek.plusSeconds((long) (random.nextDouble() * Duration.ofDays(7).toSeconds()));
            out.add(ticket(prefix + "r" + i, rising, random.nextDouble() < 0.75 ? "en" : "ja", at, random));
        }
        return out;
    }

    private static int weighted(Random random, int n) {
        // theme i is drawn with weight n - i: the first themes are the biggest
        int total = n * (n + 1) / 2;
        int r = random.nextInt(total);
        for (int i = 0; i < n; i++) {
            r -= n - i;
            if (r < 0) return i;
        }
        return n - 1;
    }

    private static String language(Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < LANGUAGES.length; i++) {
            r -= LANGUAGE_WEIGHTS[i];
            if (r < 0) return LANGUAGES[i];
        }
        return "en";
    }

    private static Generated ticket(String id, Theme theme, String language, Instant at, Random random) {
        List<String[]> phrasings = theme.phrasings().getOrDefault(language, theme.phrasings().get("en"));
        String lang = theme.phrasings().containsKey(language) ? language : "en";
        String[] p = phrasings.get(random.nextInt(phrasings.size()));
        String body = String.format(p[1], PLATFORMS[random.nextInt(PLATFORMS.length)], VERSIONS[random.nextInt(VERSIONS.length)]);
        Instant solved = at.plus(Duration.ofHours(2 + random.nextInt(70)));
        return new Generated(id, p[0], body, theme.category(), at, solved, lang, theme.name());
    }

    private static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
