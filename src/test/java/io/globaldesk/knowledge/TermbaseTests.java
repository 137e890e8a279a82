package io.globaldesk.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermbaseTests {

    private final Termbase termbase = Termbase.builder()
            .approve("echo cancellation", "ja", "エコーキャンセル")
            .approve("echo cancellation", "zh-CN", "回声消除")
            .approve("token", "ja", "トークン")
            .approve("port", "de", "Port")
            .approve("Screen Sharing", "de", "Bildschirmfreigabe")
            .build();

    @Test
    void findsTheSourceTermsOfApprovedRenderingsInAQuery() {
        assertThat(termbase.sourceTermsIn("エコーキャンセルが効かない", "ja-JP")).containsExactlyInAnyOrder("echo cancellation");
        assertThat(termbase.sourceTermsIn("トークンとエコーキャンセル", "ja")).containsExactlyInAnyOrder("echo cancellation", "token");
        assertThat(termbase.sourceTermsIn("如何开启回声消除", "zh-Hans")).containsExactly("echo cancellation");
        assertThat(termbase.sourceTermsIn("BILDSCHIRMFREIGABE geht nicht", "de")).containsExactly("Screen Sharing");
        assertThat(termbase.sourceTermsIn("Bericht über Ports", "de")).isEmpty();
    }

    @Test
    void warnsWhenATranslationLacksTheApprovedRenderingOfASourceTerm() {
        String source = "Enable echo cancellation and renew the token.";

        assertThat(termbase.check(source, "エコーキャンセルを有効にし、トークンを更新してください。", "ja")).isEmpty();
        assertThat(termbase.check(source, "エコー除去を有効にし、トークンを更新してください。", "ja"))
                .containsExactly(new TermWarning("echo cancellation", "ja", "エコーキャンセル"));
        assertThat(termbase.check("Share your screen sharing window", "Teilen Sie das Fenster", "de-DE"))
                .extracting(TermWarning::approvedTarget).containsExactly("Bildschirmfreigabe");
    }

    @Test
    void matchesSourceTermsAsWholeWordsOnly() {
        assertThat(termbase.check("See the report for details.", "Siehe den Bericht.", "de")).isEmpty();
        assertThat(termbase.check("Open port 443.", "Öffnen Sie Anschluss 443.", "de")).extracting(TermWarning::sourceTerm)
                .containsExactly("port");
    }

    @Test
    void refusesEntriesWithoutTextOrForTheSourceLanguage() {
        assertThatThrownBy(() -> Termbase.builder().approve(" ", "ja", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Termbase.builder().approve("echo", "en-GB", "echo")).hasMessageContaining("English");
        assertThat(Termbase.empty().check("echo", "", "ja")).isEmpty();
    }
}
