package io.globaldesk.platform.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserLocaleResolverTests {

    @Test
    void picksTheFirstSupportedLanguageOfAcceptLanguage() {
        assertThat(UserLocaleResolver.fromAcceptLanguage("it-IT,it;q=0.9,pt-BR;q=0.8,en;q=0.5")).isEqualTo(Locale.forLanguageTag("pt"));
        assertThat(UserLocaleResolver.fromAcceptLanguage("zh-CN,zh;q=0.9")).isEqualTo(Locale.CHINESE);
        assertThat(UserLocaleResolver.fromAcceptLanguage("ko")).isEqualTo(Locale.KOREAN);
    }

    @Test
    void fallsBackToEnglishForUnsupportedMissingOrMalformedHeaders() {
        assertThat(UserLocaleResolver.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
        assertThat(UserLocaleResolver.fromAcceptLanguage("it,ru;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(UserLocaleResolver.fromAcceptLanguage(";;;q=banana")).isEqualTo(Locale.ENGLISH);
    }
}
