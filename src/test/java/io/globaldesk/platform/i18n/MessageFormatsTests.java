package io.globaldesk.platform.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageFormatsTests {

    private static final String PLURAL = "{count, plural, one {# ticket} other {# tickets}} for {name}, {amount, number}";

    @Test
    void aCachedFormatFormatsAsAFreshlyParsedOne() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.JAPANESE,
                Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("ru"))) {
            for (int count : new int[] {1, 2, 5, 21}) {
                Map<String, Object> args = Map.of("count", count, "name", "Sato", "amount", 12345.5);
                String fresh = new com.ibm.icu.text.MessageFormat(PLURAL, locale).format(args);
                assertThat(MessageFormats.icu(PLURAL, locale).format(args)).isEqualTo(fresh);
                assertThat(MessageFormats.icu(PLURAL, locale).format(args)).as("from the cache").isEqualTo(fresh);
            }
            Object[] jdkArgs = {"APAC", 3};
            String jdkPattern = "Center {0} has {1,number,integer} agents";
            assertThat(MessageFormats.jdk(jdkPattern, locale).format(jdkArgs))
                    .isEqualTo(new java.text.MessageFormat(jdkPattern, locale).format(jdkArgs));
        }
        assertThat(MessageFormats.icu(PLURAL, Locale.GERMAN).format(Map.of("count", 2, "name", "Sato", "amount", 12345.5)))
                .isEqualTo("2 tickets for Sato, 12.345,5");
    }

    @Test
    void eachCallerGetsACopyOfItsOwn() {
        com.ibm.icu.text.MessageFormat first = MessageFormats.icu("Hello {name}", Locale.ENGLISH);
        first.applyPattern("Changed {name}");
        assertThat(MessageFormats.icu("Hello {name}", Locale.ENGLISH).format(Map.of("name", "Ana"))).isEqualTo("Hello Ana");

        java.text.MessageFormat jdk = MessageFormats.jdk("Hi {0}", Locale.ENGLISH);
        jdk.applyPattern("Bye {0}");
        assertThat(MessageFormats.jdk("Hi {0}", Locale.ENGLISH).format(new Object[] {"Ana"})).isEqualTo("Hi Ana");
    }

    @Test
    void theLocaleIsPartOfTheKey() {
        String pattern = "{amount, number}";
        assertThat(MessageFormats.icu(pattern, Locale.ENGLISH).format(Map.of("amount", 1234.5))).isEqualTo("1,234.5");
        assertThat(MessageFormats.icu(pattern, Locale.GERMAN).format(Map.of("amount", 1234.5))).isEqualTo("1.234,5");
    }

    @Test
    void anInvalidPatternThrowsEveryTimeAndIsNotKept() {
        int before = MessageFormats.size();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> MessageFormats.icu("{unclosed", Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> MessageFormats.jdk("{unclosed", Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(MessageFormats.size()).isLessThanOrEqualTo(before);
    }

    @Test
    void oneOffPatternsDoNotGrowTheCacheWithoutBound() {
        for (int i = 0; i < MessageFormats.MAX_ENTRIES * 3; i++) {
            assertThat(MessageFormats.icu("preview " + i + " {name}", Locale.ENGLISH).format(Map.of("name", "x")))
                    .isEqualTo("preview " + i + " x");
        }
        assertThat(MessageFormats.size()).isLessThanOrEqualTo(MessageFormats.MAX_ENTRIES * 2);
    }

    @Test
    void threadsFormattingTheSamePatternAtOnceEachGetTheirOwnResult() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int count = thread * 10_000 + i;
                        String text = MessageFormats.icu(PLURAL, Locale.ENGLISH)
                                .format(Map.of("count", count, "name", "n" + thread, "amount", i));
                        if (!text.startsWith(String.format(Locale.ENGLISH, "%,d tickets for n%d, ", count, thread))
                                && !(count == 1 && text.startsWith("1 ticket for n0, "))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) assertThat(r.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
