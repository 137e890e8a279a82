package io.globaldesk.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 150 support articles for the test index: twelve RTC problems, each written for thirteen platforms, in English with
 * Chinese and Japanese translations. {@code {p}} in a text stands for the platform name.
 */
final class RtcArticles {

    record Topic(String[] en, String[] zh, String[] ja) {
    }

    static final List<String> PLATFORMS = List.of("Android", "iOS", "Web", "Windows", "macOS", "Flutter", "ReactNative",
            "Unity", "Electron", "Linux", "HarmonyOS", "Unreal", "MiniProgram");

    static final List<Topic> TOPICS = List.of(
            new Topic(
                    new String[] {"Remote users hear an echo of their own voice on {p}",
                            "When the speaker plays the remote audio too loudly, the microphone captures it again and the other side hears an echo. Enable acoustic echo cancellation in the audio profile on {p}, lower the playout volume and ask users to wear a headset."},
                    new String[] {"{p} 上远端用户听到自己声音的回声",
                            "扬声器播放远端音频音量过大时，麦克风会再次采集，对方就会听到回声。请在{p}的音频配置中开启回声消除，降低播放音量，并建议用户佩戴耳机。"},
                    new String[] {"{p}で相手に自分の声のエコーが聞こえる",
                            "スピーカーの再生音量が大きすぎると、マイクがその音を再び拾い、相手にエコーが聞こえます。{p}の音声プロファイルでエコーキャンセルを有効にし、再生音量を下げ、ヘッドセットの使用をお勧めください。"}),
            new Topic(
                    new String[] {"Background noise during calls on {p}",
                            "Fans, keyboards and street traffic are picked up by the microphone. Turn on AI noise suppression on {p} and choose the aggressive level for open offices; music mode should disable suppression."},
                    new String[] {"{p} 通话中有背景噪声",
                            "风扇、键盘和街道交通声会被麦克风采集。请在{p}上开启AI降噪，开放式办公室建议选择激进模式；音乐场景应关闭降噪。"},
                    new String[] {"{p}で通話中に背景ノイズが入る",
                            "ファン、キーボード、道路の交通音がマイクに拾われます。{p}でAIノイズ抑制をオンにし、オープンオフィスでは強めのレベルを選んでください。音楽モードでは抑制を無効にしてください。"}),
            new Topic(
                    new String[] {"No audio after joining a channel on {p}",
                            "If nobody can be heard, check that the microphone permission was granted on {p}, that the local audio track is published and that the device is not muted by another application holding the audio session."},
                    new String[] {"{p} 加入频道后没有声音",
                            "如果听不到任何声音，请检查{p}上是否已授予麦克风权限，本地音频轨道是否已发布，以及设备是否被占用音频会话的其他应用静音。"},
                    new String[] {"{p}でチャンネル参加後に音声が出ない",
                            "誰の声も聞こえない場合は、{p}でマイクの権限が許可されているか、ローカル音声トラックが公開されているか、他のアプリが音声セッションを占有してミュートしていないかを確認してください。"}),
            new Topic(
                    new String[] {"Video freezes or stutters on {p}",
                            "Frozen video usually means packet loss or an overloaded encoder. Lower the resolution and frame rate on {p}, enable dual stream mode and watch the uplink bandwidth estimate in the quality callback."},
                    new String[] {"{p} 视频卡顿或冻结",
                            "视频卡顿通常是丢包或编码器过载造成的。请在{p}上降低分辨率和帧率，开启双流模式，并在质量回调中观察上行带宽估计。"},
                    new String[] {"{p}で映像がフリーズまたはカクつく",
                            "映像のフリーズは多くの場合パケットロスかエンコーダーの過負荷が原因です。{p}で解像度とフレームレートを下げ、デュアルストリームモードを有効にし、品質コールバックで上り帯域推定値を確認してください。"}),
            new Topic(
                    new String[] {"Black screen instead of the remote video on {p}",
                            "A black screen appears when the view is not bound to the remote user id or the camera permission was denied. On {p}, set up the remote view after the user joined event and check that the sender did not disable its camera."},
                    new String[] {"{p} 远端视频显示黑屏",
                            "当视图未绑定到远端用户ID或摄像头权限被拒绝时会出现黑屏。在{p}上，请在用户加入事件之后设置远端视图，并确认发送方没有关闭摄像头。"},
                    new String[] {"{p}でリモート映像が黒い画面になる",
                            "ビューがリモートユーザーIDに結び付けられていない場合や、カメラの権限が拒否された場合に黒い画面になります。{p}ではユーザー参加イベントの後でリモートビューを設定し、送信側がカメラを無効にしていないか確認してください。"}),
            new Topic(
                    new String[] {"Token expired or invalid token error on {p}",
                            "Error 109 means the token expired and error 110 means it is invalid. Generate tokens on your server with the correct app certificate, renew the token before privilege expiry on {p} and check the server clock."},
                    new String[] {"{p} 出现令牌过期或无效错误",
                            "错误109表示令牌已过期，错误110表示令牌无效。请在服务器上使用正确的应用证书生成令牌，在{p}上于权限过期前续期令牌，并检查服务器时钟。"},
                    new String[] {"{p}でトークン期限切れまたは無効なトークンのエラー",
                            "エラー109はトークンの期限切れ、エラー110は無効なトークンを意味します。正しいアプリ証明書でサーバー側でトークンを生成し、{p}で権限の期限が切れる前にトークンを更新し、サーバーの時計を確認してください。"}),
            new Topic(
                    new String[] {"Firewall ports and domains to allow for {p}",
                            "Corporate firewalls often block media traffic. Allow UDP ports 3478 to 3500 and 4000 to 4100, TCP port 443 and the listed domains for {p}; if UDP stays blocked, enable the cloud proxy."},
                    new String[] {"{p} 需要在防火墙放行的端口和域名",
                            "企业防火墙经常拦截媒体流量。请为{p}放行UDP端口3478至3500和4000至4100、TCP端口443以及列出的域名；如果UDP仍被拦截，请启用云代理。"},
                    new String[] {"{p}でファイアウォールに許可するポートとドメイン",
                            "企業のファイアウォールはメディア通信を遮断することがよくあります。{p}向けにUDPポート3478から3500と4000から4100、TCPポート443、および記載のドメインを許可してください。UDPが遮断されたままの場合はクラウドプロキシを有効にしてください。"}),
            new Topic(
                    new String[] {"Calls on weak or mobile networks on {p}",
                            "On weak cellular networks jitter and packet loss rise quickly. Enable the audio priority fallback on {p}, keep the bitrate adaptive and test with the network simulator at thirty percent loss."},
                    new String[] {"{p} 在弱网或移动网络下通话",
                            "在弱蜂窝网络下抖动和丢包会迅速增加。请在{p}上启用音频优先的回退策略，保持码率自适应，并用网络模拟器在百分之三十丢包下测试。"},
                    new String[] {"{p}で弱いネットワークやモバイル回線での通話",
                            "弱いモバイル回線ではジッターとパケットロスが急増します。{p}で音声優先のフォールバックを有効にし、ビットレートを適応型に保ち、ネットワークシミュレーターで損失三十パーセントの条件をテストしてください。"}),
            new Topic(
                    new String[] {"Supported browsers and versions for {p}",
                            "The web SDK supports current Chrome, Edge, Firefox and Safari. Old Safari versions lack the needed codecs, so check the compatibility matrix for {p} and call the system requirements check before joining."},
                    new String[] {"{p} 支持的浏览器和版本",
                            "Web SDK支持最新版本的Chrome、Edge、Firefox和Safari。旧版Safari缺少所需的编解码器，请查看{p}的兼容性列表，并在加入前调用系统要求检测。"},
                    new String[] {"{p}で対応しているブラウザとバージョン",
                            "Web SDKは最新のChrome、Edge、Firefox、Safariに対応しています。古いSafariには必要なコーデックがないため、{p}の互換性表を確認し、参加前にシステム要件チェックを呼び出してください。"}),
            new Topic(
                    new String[] {"Screen sharing shows a frozen frame on {p}",
                            "Screen sharing needs the capture permission and a separate video track. On {p}, share a window rather than the whole desktop, keep the content hint set to detail and limit the frame rate to fifteen."},
                    new String[] {"{p} 屏幕共享画面定格",
                            "屏幕共享需要采集权限和单独的视频轨道。在{p}上，请共享窗口而不是整个桌面，将内容提示设置为细节优先，并把帧率限制为十五。"},
                    new String[] {"{p}で画面共有の画面が止まる",
                            "画面共有にはキャプチャ権限と別のビデオトラックが必要です。{p}ではデスクトップ全体ではなくウィンドウを共有し、コンテンツヒントを詳細優先に設定し、フレームレートを十五に制限してください。"}),
            new Topic(
                    new String[] {"Cloud recording produces no file for {p}",
                            "If cloud recording ends without a file, the recorder could not join the channel or upload to storage. Check the storage credentials, the bucket region and that the recording token for {p} has not expired."},
                    new String[] {"{p} 云端录制没有生成文件",
                            "如果云端录制结束后没有文件，说明录制服务无法加入频道或无法上传到存储。请检查存储凭证、存储桶区域，以及{p}的录制令牌是否过期。"},
                    new String[] {"{p}でクラウド録画のファイルが作成されない",
                            "クラウド録画がファイルなしで終了する場合、録画サービスがチャンネルに参加できなかったか、ストレージへのアップロードに失敗しています。ストレージの認証情報、バケットのリージョン、{p}の録画トークンの有効期限を確認してください。"}),
            new Topic(
                    new String[] {"Understanding usage minutes on your invoice for {p}",
                            "Billing counts minutes per user for audio and per resolution tier for video. The usage dashboard for {p} shows aggregated minutes by day; invoices are issued monthly in US dollars."},
                    new String[] {"了解{p}账单中的用量分钟数",
                            "计费按用户统计音频分钟数，视频按分辨率档位统计。{p}的用量仪表盘按天显示汇总分钟数；账单每月以美元开具。"},
                    new String[] {"{p}の請求書に記載される利用時間について",
                            "課金は音声がユーザーごとの分数、映像が解像度区分ごとの分数で計算されます。{p}の利用状況ダッシュボードでは日ごとの合計分数を確認できます。請求書は毎月米ドルで発行されます。"}));

    static final int COUNT = 150;
    static final Instant UPDATED = Instant.parse("2026-11-01T09:00:00Z");

    private RtcArticles() {
    }

    /** Article ids start at 1; article {@code id} covers topic {@code (id-1) % 12} on platform {@code (id-1) / 12}. */
    static List<IndexableArticle> all() {
        List<IndexableArticle> articles = new ArrayList<>();
        for (int id = 1; id <= COUNT; id++) {
            articles.add(article(id, Visibility.PUBLIC, "en", "zh-CN", "ja-JP"));
        }
        return articles;
    }

    static int topicOf(long articleId) {
        return (int) ((articleId - 1) % TOPICS.size());
    }

    static String platformOf(long articleId) {
        return PLATFORMS.get((int) ((articleId - 1) / TOPICS.size()));
    }

    static long idOf(int topic, String platform) {
        return (long) PLATFORMS.indexOf(platform) * TOPICS.size() + topic + 1;
    }

    static IndexableArticle article(long id, Visibility visibility, String... locales) {
        Topic topic = TOPICS.get(topicOf(id));
        String platform = platformOf(id);
        List<IndexableArticle.Translation> translations = new ArrayList<>();
        for (String locale : locales) {
            String[] text = switch (KnowledgeLanguage.of(locale)) {
                case EN -> topic.en();
                case ZH -> topic.zh();
                case JA -> topic.ja();
                default -> throw new IllegalArgumentException("the test corpus has no " + locale);
            };
            translations.add(new IndexableArticle.Translation(locale, text[0].replace("{p}", platform),
                    text[1].replace("{p}", platform), UPDATED));
        }
        return new IndexableArticle(id, "KB-" + id, locales[0], "troubleshooting", List.of(platform.toLowerCase()),
                visibility, translations);
    }
}
