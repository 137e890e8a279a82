package io.globaldesk.language;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductTermCorrectorTests {

    private final ProductTermCorrector corrector = new ProductTermCorrector(
            List.of("Agora SDK", "jitter", "RTMP", "API", "token", "screen sharing", "Flutter", "Unity"));

    @Test
    void correctsTranspositionsInMultiWordTerms() {
        assertThat(corrector.correct("My Agroa SDK crashes")).isEqualTo("My Agora SDK crashes");
    }

    @Test
    void leavesWordsTheKnowledgeBaseSpellsAlone() {
        ProductTermCorrector withVocabulary = new ProductTermCorrector(List.of("plan", "window"), Set.of("plain", "windows"));
        assertThat(withVocabulary.correct("served over plain http on windows")).isEqualTo("served over plain http on windows");
        assertThat(withVocabulary.correct("my plam was charged twice")).isEqualTo("my plan was charged twice");
    }

    @Test
    void correctsOneMissingLetterInAMediumTerm() {
        assertThat(corrector.correct("high jiter on wifi")).isEqualTo("high jitter on wifi");
        assertThat(corrector.correct("scren sharing is black")).isEqualTo("screen sharing is black");
    }

    @Test
    void allowsTwoEditsOnlyForLongTerms() {
        assertThat(corrector.correct("scren sharng fails")).isEqualTo("screen sharing fails");
        assertThat(corrector.correct("flttr app")).isEqualTo("flttr app");
    }

    @Test
    void leavesShortWordsAndCorrectTermsAlone() {
        assertThat(corrector.correct("APO call")).isEqualTo("APO call");
        assertThat(corrector.correct("RTMO push")).isEqualTo("RTMP push");
        assertThat(corrector.correct("the Agora SDK and jitter")).isEqualTo("the Agora SDK and jitter");
        assertThat(corrector.correct("Unity and unity")).isEqualTo("Unity and unity");
    }

    @Test
    void leavesAmbiguousNearMissesAlone() {
        ProductTermCorrector ambiguous = new ProductTermCorrector(List.of("codec", "coder"));

        assertThat(ambiguous.correct("codex")).isEqualTo("codex");
    }

    @Test
    void worksInsideCjkText() {
        assertThat(corrector.correct("使用Agroa SDK时jiter很高")).isEqualTo("使用Agora SDK时jitter很高");
    }

    @Test
    void hostileInputIsReturnedNotThrown() {
        String big = "jiter \u0000 \uD800 ".repeat(5_000);

        assertThat(corrector.correct(big)).contains("jitter").doesNotContain("jiter ");
        assertThat(corrector.correct(null)).isEmpty();
    }

    @Test
    void refusesBlankTerms() {
        assertThatThrownBy(() -> new ProductTermCorrector(List.of("ok", " "))).hasMessageContaining("blank");
    }

    @Test
    void editDistanceCountsATranspositionAsOneEdit() {
        assertThat(EditDistance.bounded("agroa", "agora", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(EditDistance.bounded("abc", "xyzxyz", 1)).isEqualTo(2);
    }
}
