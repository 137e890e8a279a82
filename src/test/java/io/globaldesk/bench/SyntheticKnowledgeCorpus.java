package io.globaldesk.bench;

import io.globaldesk.knowledge.IndexableArticle;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.Visibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Generated support articles in all eight languages, drawn from each language's real RTC support vocabulary. */
final class SyntheticKnowledgeCorpus {

    static final Map<KnowledgeLanguage, String[]> WORDS = new EnumMap<>(KnowledgeLanguage.class);

    static {
        WORDS.put(KnowledgeLanguage.EN, ("echo noise microphone speaker headset audio video camera freeze stutter black screen token expired invalid "
                + "certificate firewall port proxy network bandwidth packet loss jitter latency bitrate resolution frame rate encoder decoder "
                + "codec browser chrome safari firefox permission channel join leave publish subscribe stream track recording storage upload "
                + "billing invoice minutes usage dashboard region server client android device volume mute cancellation suppression screen sharing "
                + "window capture error callback timeout reconnect uplink downlink simulcast layer quality").split(" "));
        WORDS.put(KnowledgeLanguage.ZH, ("回声 噪声 麦克风 扬声器 耳机 音频 视频 摄像头 卡顿 冻结 黑屏 令牌 过期 无效 证书 防火墙 端口 代理 网络 带宽 丢包 抖动 延迟 "
                + "码率 分辨率 帧率 编码器 解码器 浏览器 权限 频道 加入 离开 发布 订阅 音视频流 轨道 录制 存储 上传 计费 账单 分钟 用量 仪表盘 区域 服务器 "
                + "客户端 设备 音量 静音 回声消除 降噪 屏幕共享 窗口 采集 错误 回调 超时 重连 上行 下行 大小流 质量").split(" "));
        WORDS.put(KnowledgeLanguage.JA, ("エコー ノイズ マイク スピーカー ヘッドセット 音声 映像 カメラ フリーズ 黒い画面 トークン 期限切れ 無効 証明書 ファイアウォール "
                + "ポート プロキシ ネットワーク 帯域 パケットロス ジッター 遅延 ビットレート 解像度 フレームレート エンコーダー デコーダー ブラウザ 権限 チャンネル "
                + "参加 退出 公開 購読 ストリーム トラック 録画 ストレージ アップロード 課金 請求書 利用時間 ダッシュボード リージョン サーバー 端末 音量 ミュート "
                + "エコーキャンセル ノイズ抑制 画面共有 ウィンドウ キャプチャ エラー コールバック タイムアウト 再接続 上り 下り 品質 を が で に は の").split(" "));
        WORDS.put(KnowledgeLanguage.KO, ("에코 소음 마이크 스피커 헤드셋 오디오 비디오 카메라 멈춤 끊김 검은 화면 토큰 만료 유효하지 인증서 방화벽 포트 프록시 네트워크 "
                + "대역폭 패킷 손실 지터 지연 비트레이트 해상도 프레임 인코더 디코더 브라우저 권한 채널 참여 게시 구독 스트림 트랙 녹화 저장소 업로드 요금 청구서 "
                + "사용량 대시보드 서버 클라이언트 기기 음량 음소거 제거 억제 공유 창 캡처 오류 콜백 시간 초과 재연결 업링크 품질").split(" "));
        WORDS.put(KnowledgeLanguage.ES, ("eco ruido micrófono altavoz auriculares audio vídeo cámara congelado pantalla negra token caducado inválido certificado "
                + "cortafuegos puerto proxy red ancho banda pérdida paquetes latencia velocidad resolución fotogramas codificador navegador permiso canal "
                + "unirse publicar suscribir transmisión pista grabación almacenamiento subir facturación factura minutos uso panel región servidor cliente "
                + "dispositivo volumen silencio cancelación supresión compartir ventana captura error devolución tiempo reconexión calidad").split(" "));
        WORDS.put(KnowledgeLanguage.PT, ("eco ruído microfone alto-falante fone áudio vídeo câmera congelado tela preta token expirado inválido certificado firewall "
                + "porta proxy rede largura banda perda pacotes latência taxa resolução quadros codificador navegador permissão canal entrar publicar assinar "
                + "transmissão faixa gravação armazenamento enviar cobrança fatura minutos uso painel região servidor cliente dispositivo volume mudo "
                + "cancelamento supressão compartilhamento janela captura erro retorno tempo reconexão qualidade").split(" "));
        WORDS.put(KnowledgeLanguage.DE, ("Echo Rauschen Mikrofon Lautsprecher Headset Audio Video Kamera eingefroren schwarzer Bildschirm Token abgelaufen ungültig "
                + "Zertifikat Firewall Port Proxy Netzwerk Bandbreite Paketverlust Jitter Latenz Bitrate Auflösung Bildrate Encoder Browser Berechtigung "
                + "Kanal beitreten veröffentlichen abonnieren Stream Spur Aufzeichnung Speicher hochladen Abrechnung Rechnung Minuten Nutzung Übersicht "
                + "Region Server Gerät Lautstärke stumm Echounterdrückung Rauschunterdrückung Bildschirmfreigabe Fenster Aufnahme Fehler Zeitüberschreitung "
                + "Verbindung Qualität").split(" "));
        WORDS.put(KnowledgeLanguage.FR, ("écho bruit microphone haut-parleur casque audio vidéo caméra figée écran noir jeton expiré invalide certificat pare-feu "
                + "port proxy réseau bande passante perte paquets gigue latence débit résolution images encodeur navigateur autorisation canal rejoindre "
                + "publier abonner flux piste enregistrement stockage téléverser facturation facture minutes utilisation tableau région serveur client "
                + "appareil volume muet annulation suppression partage fenêtre capture erreur rappel délai reconnexion qualité").split(" "));
    }

    static final Instant UPDATED = Instant.parse("2026-11-01T00:00:00Z");

    private SyntheticKnowledgeCorpus() {
    }

    static Stream<IndexableArticle> articles(long count, long seed) {
        return LongStream.rangeClosed(1, count).mapToObj(id -> article(id, new SplittableRandom(seed ^ id * 0x9E3779B97F4A7C15L)));
    }

    private static IndexableArticle article(long id, SplittableRandom random) {
        List<IndexableArticle.Translation> translations = new ArrayList<>();
        for (KnowledgeLanguage language : KnowledgeLanguage.values()) {
            translations.add(new IndexableArticle.Translation(language.code(), text(language, random, 6),
                    text(language, random, 70), UPDATED));
        }
        Visibility visibility = random.nextInt(10) == 0 ? Visibility.INTERNAL : Visibility.PUBLIC;
        return new IndexableArticle(id, "SYN-" + id, "en", "troubleshooting", List.of(), visibility, translations);
    }

    /** Word ranks follow Zipf's law, as in real text: a few words everywhere, most words in few articles. */
    private static final double[] ZIPF = new double[200];
    /** Error codes, as support articles and questions quote them; drawn from a long Zipf tail of their own. */
    private static final int ERROR_CODES = 5000;
    private static final double[] CODE_ZIPF = new double[ERROR_CODES];

    static {
        cumulative(ZIPF);
        cumulative(CODE_ZIPF);
    }

    private static void cumulative(double[] weights) {
        double sum = 0;
        for (int rank = 0; rank < weights.length; rank++) {
            sum += 1.0 / (rank + 1);
            weights[rank] = sum;
        }
        for (int rank = 0; rank < weights.length; rank++) {
            weights[rank] /= sum;
        }
    }

    private static int zipf(double[] cumulative, int size, SplittableRandom random) {
        double target = random.nextDouble() * cumulative[size - 1];
        int index = java.util.Arrays.binarySearch(cumulative, 0, size, target);
        return index >= 0 ? index : -index - 1;
    }

    /** Chinese and Japanese are written without spaces, as real text is; sentences end every dozen words. */
    static String text(KnowledgeLanguage language, SplittableRandom random, int words) {
        String[] vocabulary = WORDS.get(language);
        boolean cjk = language == KnowledgeLanguage.ZH || language == KnowledgeLanguage.JA;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0 && !cjk) {
                text.append(' ');
            }
            if (random.nextInt(12) == 0) {
                text.append(code(random));
            } else {
                text.append(vocabulary[zipf(ZIPF, vocabulary.length, random)]);
            }
            if (i % 12 == 11) {
                text.append(cjk ? "。" : ".");
            }
        }
        return text.toString();
    }

    private static String code(SplittableRandom random) {
        return " E" + (1000 + zipf(CODE_ZIPF, ERROR_CODES, random)) + " ";
    }

    /** Two or three words of a language, joined as a user would type them. */
    static String query(KnowledgeLanguage language, SplittableRandom random) {
        return text(language, random, 2 + random.nextInt(2)).strip();
    }
}
