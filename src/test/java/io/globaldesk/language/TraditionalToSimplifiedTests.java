package io.globaldesk.language;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The trie must fold exactly as ICU's transliterator, whose rules it reads: every rule, and rules run together. */
class TraditionalToSimplifiedTests {

    private static final Transliterator ICU = Transliterator.getInstance(TraditionalToSimplified.ICU_ID);
    private static final List<String> KEYS = ICU.toRules(false).lines().map(r -> r.substring(0, r.indexOf(" > ")))
            .toList();

    @Test
    void foldsEveryRuleKeyAloneAndAmidOtherTextAsIcuDoes() {
        assertThat(KEYS).hasSizeGreaterThan(4_000);
        for (String key : KEYS) {
            for (String text : List.of(key, "a" + key + "b", key + key, "視" + key + "訊", key + "😀")) {
                assertThat(TraditionalToSimplified.apply(text)).as(text).isEqualTo(ICU.transliterate(text));
            }
        }
    }

    /** Multi-character rules ("乾隆", "於是") must win over the rules for their first character, overlapping or not. */
    @Test
    void foldsRandomRunsOfRuleKeysAsIcuDoes() {
        List<String> longer = KEYS.stream().filter(k -> k.codePointCount(0, k.length()) > 1).toList();
        long differFromCharacterByCharacter = longer.stream().filter(k -> !ICU.transliterate(k)
                .equals(k.codePoints().mapToObj(Character::toString).map(ICU::transliterate)
                        .reduce("", String::concat))).count();
        assertThat(differFromCharacterByCharacter).as("rules that make the longest match matter").isPositive();

        Random random = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            List<String> pieces = new ArrayList<>();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                List<String> from = random.nextBoolean() ? longer : KEYS;
                String key = from.get(random.nextInt(from.size()));
                int cut = random.nextInt(4) == 0 ? key.offsetByCodePoints(0, 1) : key.length();
                pieces.add(random.nextInt(5) == 0 ? key.substring(cut) : key.substring(0, cut));
                if (random.nextInt(6) == 0) {
                    pieces.add(List.of(" ", "mic", "ｶﾒﾗ", "소리", "\ud800", "𠀀", "")
                            .get(random.nextInt(7)));
                }
            }
            String text = String.join("", pieces);
            assertThat(TraditionalToSimplified.apply(text)).as(text).isEqualTo(ICU.transliterate(text));
        }
    }

    @Test
    void leavesTextWithoutTraditionalCharactersAsItIs() {
        String text = "Android 声音 카메라 ｶﾒﾗ 😀";

        assertThat(TraditionalToSimplified.apply(text)).isSameAs(text);
    }

    @Test
    void fallsBackToIcuForRulesItCannotReadAsLiteralReplacements() {
        UnaryOperator<String> folding = TraditionalToSimplified.load("視 > 视;\n$x = [abc];\n");

        assertThat(folding.apply("視訊通話時聲音斷斷續續")).isEqualTo("视讯通话时声音断断续续");
        assertThat(folding.apply("mic")).isEqualTo("mic");
    }
}
