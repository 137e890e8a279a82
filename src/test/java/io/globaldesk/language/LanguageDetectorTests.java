package io.globaldesk.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTests {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | The remote user hears an echo of their own voice whenever I unmute the microphone.
            es | Cuando activo el micrófono, el otro usuario escucha un eco de su propia voz.
            pt | Quando ativo o microfone, o outro usuário ouve um eco da própria voz na chamada.
            de | Wenn ich das Mikrofon einschalte, hört der andere Teilnehmer ein Echo seiner eigenen Stimme.
            fr | Quand j'active le micro, l'autre participant entend l'écho de sa propre voix.
            zh | 我打开麦克风以后，对方会听到自己声音的回声，怎么解决？
            ja | マイクをオンにすると、相手に自分の声のエコーが聞こえてしまいます。
            ko | 마이크를 켜면 상대방이 자기 목소리의 에코를 듣게 됩니다.
            """)
    void detectsEachSupportedLanguage(String expected, String text) {
        DetectedLanguage detected = detector.detect(text);

        assertThat(detected.tag()).isEqualTo(expected);
        assertThat(detected.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void kanjiWithKanaIsJapaneseWhileHanAloneIsChinese() {
        assertThat(detector.detect("音声が途切れる").tag()).isEqualTo("ja");
        assertThat(detector.detect("声音断断续续").tag()).isEqualTo("zh");
    }

    @Test
    void veryShortCjkTextFallsBackToTheScript() {
        assertThat(detector.detect("卡").tag()).isEqualTo("zh");
        assertThat(detector.detect("はい").tag()).isEqualTo("ja");
        assertThat(detector.detect("네").tag()).isEqualTo("ko");
    }

    @Test
    void japaneseTextMentioningLatinProductNamesIsStillJapanese() {
        assertThat(detector.detect("Agora SDK 4.2 の Android 版で映像がフリーズします").tag()).isEqualTo("ja");
    }

    @Test
    void textWithoutLettersIsUndeterminedOrTheGivenDefault() {
        assertThat(detector.detect("12345 !!! ???").tag()).isEqualTo("und");
        assertThat(detector.detect("").isUndetermined()).isTrue();
        assertThat(detector.detect(null).isUndetermined()).isTrue();
        assertThat(detector.detect("ok", SupportedLanguage.GERMAN).tag()).isEqualTo("de");
        assertThat(new LanguageDetector(SupportedLanguage.FRENCH).detect("42").tag()).isEqualTo("fr");
    }

    @Test
    void undeterminedHasZeroConfidence() {
        assertThat(detector.detect("...").confidence()).isZero();
    }

    @Test
    void hostileInputIsAnsweredNotThrown() {
        String huge = "The video freezes every few seconds. ".repeat(1_500);
        String controls = "\u0000\u0007\u001b[31m video black screen \u202e";
        String loneSurrogates = "audio \uD800 broken \uDC00 again";

        assertThat(detector.detect(huge).tag()).isEqualTo("en");
        assertThat(detector.detect(controls).tag()).isNotBlank();
        assertThat(detector.detect(loneSurrogates).tag()).isNotBlank();
    }
}
