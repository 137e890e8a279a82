package io.globaldesk.ticket;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CategoryRulesAndFeaturesTests {

    @Test
    void rtcDefaultTaxonomyHasEveryRtcCategoryAndFallsBackToOther() {
        CategoryTaxonomy taxonomy = CategoryTaxonomy.rtcDefaults();

        assertThat(taxonomy.categories()).contains("audio", "video", "network", "sdk-android", "sdk-ios", "sdk-web",
                "sdk-windows", "sdk-macos", "sdk-flutter", "sdk-react-native", "sdk-unity", "signaling", "recording",
                "billing", "account", "other").hasSize(16);
        assertThat(taxonomy.fallback()).isEqualTo("other");
    }

    @Test
    void taxonomyRefusesDuplicatesBadNamesAndAForeignFallback() {
        assertThatThrownBy(() -> new CategoryTaxonomy(List.of("a", "a"), "a")).hasMessageContaining("unique");
        assertThatThrownBy(() -> new CategoryTaxonomy(List.of("Audio"), "Audio")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new CategoryTaxonomy(List.of("a"), "b")).hasMessageContaining("fallback");
        assertThatThrownBy(() -> new CategoryTaxonomy(List.of(), "b")).hasMessageContaining("at least one");
    }

    @Test
    void everyDefaultRuleNamesACategoryOfTheDefaultTaxonomy() {
        CategoryKeywordRules rules = CategoryKeywordRules.rtcDefaults();
        double[] hits = rules.score("echo android 黑屏 invoice rtm 录制", CategoryTaxonomy.rtcDefaults());

        assertThat(hits[0]).isPositive();
        assertThat(hits[3]).isPositive();
        assertThat(hits[1]).isPositive();
    }

    @Test
    void malformedKeywordLinesAreRejectedWithTheirLineNumber() {
        BufferedReader reader = new BufferedReader(new StringReader("# comment\naudio\ten\techo\nvideo only\n"));

        assertThatThrownBy(() -> CategoryKeywordRules.parse(reader)).hasMessageContaining("line 3");
        assertThatThrownBy(() -> new CategoryKeywordRules(Map.of("audio", List.of(" "))))
                .hasMessageContaining("blank keyword");
    }

    @Test
    void alphabeticKeywordsMatchWholeWordsOrLongPrefixes() {
        assertThat(Keywords.contains("the mic is muted", "mic")).isTrue();
        assertThat(Keywords.contains("a dynamic value", "mic")).isFalse();
        assertThat(Keywords.contains("recorded files", "record")).isTrue();
        assertThat(Keywords.contains("没有声音了", "声音")).isTrue();
    }

    @Test
    void featuresAreWordsAndStemsForAlphabeticTextAndCharacterGramsForCjk() {
        Map<String, Integer> features = TicketFeatures.of("crashes on 安卓手机");

        assertThat(features).containsEntry("w:crashes", 1).containsEntry("p:crash", 1).containsKey("w:on")
                .containsEntry("c:安", 1).containsEntry("b:安卓", 1).containsEntry("b:手机", 1);
    }
}
