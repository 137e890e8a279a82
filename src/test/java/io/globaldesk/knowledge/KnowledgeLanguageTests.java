package io.globaldesk.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeLanguageTests {

    @Test
    void mapsBcp47TagsToTheirLanguage() {
        assertThat(KnowledgeLanguage.of("pt-BR")).isEqualTo(KnowledgeLanguage.PT);
        assertThat(KnowledgeLanguage.of("zh-Hans")).isEqualTo(KnowledgeLanguage.ZH);
        assertThat(KnowledgeLanguage.of("zh_CN")).isEqualTo(KnowledgeLanguage.ZH);
        assertThat(KnowledgeLanguage.of("ja-JP")).isEqualTo(KnowledgeLanguage.JA);
        assertThat(KnowledgeLanguage.of("EN-us")).isEqualTo(KnowledgeLanguage.EN);
        assertThat(KnowledgeLanguage.of("ko")).isEqualTo(KnowledgeLanguage.KO);
    }

    @Test
    void refusesLanguagesTheKnowledgeBaseDoesNotServe() {
        assertThatThrownBy(() -> KnowledgeLanguage.of("ru-RU")).hasMessageContaining("not a knowledge-base language")
                .hasMessageContaining("en, zh, ja");
        assertThatThrownBy(() -> KnowledgeLanguage.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KnowledgeLanguage.of("%%")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchQueryCutsOverlongTextAndRefusesAbsurdLimits() {
        assertThat(new SearchQuery("a".repeat(10_000), "en", Audience.CUSTOMER, 10).text()).hasSize(SearchQuery.MAX_CHARS);
        assertThatThrownBy(() -> new SearchQuery("echo", "en", Audience.CUSTOMER, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new SearchQuery("echo", "en", Audience.CUSTOMER, 10_000)).hasMessageContaining("limit");
    }
}
