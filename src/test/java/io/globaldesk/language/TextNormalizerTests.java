package io.globaldesk.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextNormalizerTests {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void foldsFullWidthAndHalfWidthForms() {
        assertThat(normalizer.normalize("ＡＧＯＲＡ　ＳＤＫ　４．２")).isEqualTo("AGORA SDK 4.2");
        assertThat(normalizer.normalize("ｶﾒﾗが映らない")).isEqualTo("カメラが映らない");
    }

    @Test
    void foldsTraditionalChineseToSimplifiedForSearch() {
        assertThat(normalizer.forSearch("視訊通話時聲音斷斷續續")).isEqualTo("视讯通话时声音断断续续");
        assertThat(normalizer.forSearch("Android 網絡")).isEqualTo("android 网络");
    }

    @Test
    void repairsProductTermsBeforeFoldingForSearch() {
        ProductTermCorrector terms = new ProductTermCorrector(java.util.List.of("Agora SDK", "jitter"));

        assertThat(normalizer.forSearch("Ａｇｒｏａ　SDK 的 jiter 很高", terms)).isEqualTo("agora sdk 的 jitter 很高");
    }

    @Test
    void dropsControlCharactersAndKeepsLineBreaks() {
        String text = "line\u0000one\u0007\u001b\r\nline\ttwo\u200b\u202e";

        assertThat(normalizer.normalize(text)).isEqualTo("lineone\nline two");
    }

    @Test
    void collapsesSpacesAndBlankLines() {
        assertThat(normalizer.normalize("  a   b \n\n\n\n c  ")).isEqualTo("a b\n\nc");
    }

    @Test
    void dropsLoneSurrogatesButKeepsPairs() {
        String text = "ok\uD800 x \uDC00y 😀";

        assertThat(normalizer.normalize(text)).isEqualTo("ok x y 😀");
    }

    @Test
    void capsLengthWithoutSplittingASurrogatePair() {
        TextNormalizer capped = new TextNormalizer(5);

        assertThat(capped.normalize("abcd😀efg")).isEqualTo("abcd");
        assertThat(capped.normalize("abcdefgh")).isEqualTo("abcde");
    }

    @Test
    void fiftyKilobytesOfHostileTextAreCappedAndClean() {
        String hostile = ("<script>\u0000alert(1)\u202e</script>\uD800 " + "x".repeat(100)).repeat(400);

        String normalized = normalizer.normalize(hostile);

        assertThat(hostile.length()).isGreaterThan(50_000);
        assertThat(normalized).hasSizeLessThanOrEqualTo(TextNormalizer.DEFAULT_MAX_LENGTH)
                .doesNotContain("\u0000", "\u202e", "\uD800");
    }

    @Test
    void emptyAndNullBecomeEmpty() {
        assertThat(normalizer.normalize(null)).isEmpty();
        assertThat(normalizer.forSearch("")).isEmpty();
    }

    @Test
    void refusesANonPositiveCap() {
        assertThatThrownBy(() -> new TextNormalizer(0)).hasMessageContaining("at least 1");
    }
}
