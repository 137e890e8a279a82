package io.globaldesk.ticket;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeywordIndexTests {

    private final KeywordIndex index = new KeywordIndex(List.of("mic", "microphone", "record", "声音", "no sound",
            "mic", ".net", "ＳＤＫ").stream().map(Keywords::normalize).toList());

    @Test
    void findsEveryKeywordInOnePassAndAnswersForEachOneListed() {
        assertThat(index.find("no sound from the mic; 没有声音 in the recorded .net sdk"))
                .containsExactly(true, false, true, true, true, true, true, true);
    }

    @Test
    void alphabeticKeywordsMustStartAWordAndShortOnesEndIt() {
        assertThat(index.find("dynamic microphones")).containsExactly(false, true, false, false, false, false, false,
                false);
        assertThat(index.find("dynamic, then mic")[0]).as("a later occurrence still counts").isTrue();
        assertThat(index.find("asp.net")[6]).as(".net after a letter").isFalse();
    }

    @Test
    void cjkKeywordsMatchAnywhere() {
        assertThat(index.find("完全没有声音了")[3]).isTrue();
    }

    @Test
    void refusesAKeywordThatNormalisesToNothing() {
        assertThatThrownBy(() -> new KeywordIndex(List.of(Keywords.normalize("\u200b"))))
                .hasMessageContaining("at least one character");
    }
}
