package io.globaldesk.culture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateRendererTests {

    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 25, 18, 30, 0, 0, ZoneId.of("Asia/Tokyo"));

    private final TemplateRenderer renderer = new TemplateRenderer();

    private static Map<String, Object> args() {
        return new HashMap<>(TemplateRenderer.sampleArguments(AT));
    }

    private static Map<String, Object> argsWith(String name, Object value) {
        Map<String, Object> args = args();
        args.put(name, value);
        return args;
    }

    @Test
    void northAmericaGetsTheDirectResolution() {
        String reply = renderer.render(ReplyTemplate.TICKET_RESOLVED, CultureProfileCode.NORTH_AMERICA, Locale.US, args());

        assertThat(reply).startsWith("Issue resolved: echo on Android 14 (ticket GD-1042).")
                .doesNotContain("Root cause");
    }

    @Test
    void japanGetsThePoliteResolutionWithRootCauseAndSteps() {
        String reply = renderer.render(ReplyTemplate.TICKET_RESOLVED, CultureProfileCode.JAPAN, Locale.JAPAN, args());

        assertThat(reply).startsWith("ご質問について対応いたしました")
                .contains("■ 原因\nAEC was disabled", "■ 対応内容\n1. Re-enabled AEC", "2026年11月25日 18:30")
                .contains("誠に申し訳ございませんでした");
    }

    @Test
    void aProfileWithoutItsOwnVariantFallsBackToTheBaseTemplate() {
        String europe = renderer.render(ReplyTemplate.TICKET_RESOLVED, CultureProfileCode.EUROPE, Locale.GERMANY, args());

        assertThat(europe).startsWith("Ihr Ticket GD-1042 ist gelöst").contains("Ursache: AEC");
    }

    @Test
    void aLocaleWithoutABundleFallsBackToEnglish() {
        String italian = renderer.render(ReplyTemplate.SLA_APOLOGY, CultureProfileCode.DEFAULT, Locale.ITALIAN, args());

        assertThat(italian).startsWith("We are sorry: our reply on ticket GD-1042 comes 25 minutes later");
    }

    @Test
    void composesGreetingBodyAndClosingPerProfile() {
        String latam = renderer.compose(ReplyTemplate.FIRST_REPLY, CultureProfileCode.LATIN_AMERICA,
                Locale.forLanguageTag("pt-BR"), args());
        String europe = renderer.compose(ReplyTemplate.FIRST_REPLY, CultureProfileCode.EUROPE, Locale.UK, args());

        assertThat(latam).startsWith("Oi, Sato! Tudo bem por aí?").endsWith("Um abraço,\nMaria");
        assertThat(europe).startsWith("Dear Sato,").endsWith("Kind regards,\nMaria\nGlobalDesk Support");
    }

    @Test
    void englishPluralDistinguishesOneFromMany() {
        Map<String, Object> one = argsWith("count", 1);
        Map<String, Object> many = argsWith("count", 3);

        assertThat(renderer.render(ReplyTemplate.NEED_MORE_INFO, CultureProfileCode.DEFAULT, Locale.US, one))
                .contains("we need one more detail from you");
        assertThat(renderer.render(ReplyTemplate.NEED_MORE_INFO, CultureProfileCode.DEFAULT, Locale.US, many))
                .contains("we need 3 more details from you");
    }

    @Test
    void japaneseAndChineseUseOneFormForAnyCount() {
        Map<String, Object> one = argsWith("delayMinutes", 1);
        Map<String, Object> many = argsWith("delayMinutes", 45);

        assertThat(renderer.render(ReplyTemplate.SLA_APOLOGY, CultureProfileCode.JAPAN, Locale.JAPANESE, one))
                .contains("1分遅れて");
        assertThat(renderer.render(ReplyTemplate.SLA_APOLOGY, CultureProfileCode.JAPAN, Locale.JAPANESE, many))
                .contains("45分遅れて");
        assertThat(renderer.render(ReplyTemplate.SLA_APOLOGY, CultureProfileCode.CHINA, Locale.CHINESE, one))
                .contains("晚了1分钟");
        assertThat(renderer.render(ReplyTemplate.SLA_APOLOGY, CultureProfileCode.CHINA, Locale.CHINESE, many))
                .contains("晚了45分钟");
    }

    @Test
    void numbersFollowTheLocale() {
        Map<String, Object> many = argsWith("affectedSessions", 12345);

        assertThat(renderer.render(ReplyTemplate.INCIDENT_NOTICE, CultureProfileCode.EUROPE, Locale.GERMAN, many))
                .contains("12.345 Ihrer Sitzungen sind");
        assertThat(renderer.render(ReplyTemplate.INCIDENT_NOTICE, CultureProfileCode.DEFAULT, Locale.ENGLISH, many))
                .contains("12,345 of your sessions are");
    }

    @Test
    void argumentsAreNeverEvaluatedAsPatterns() {
        Map<String, Object> hostile = argsWith("summary", "{ticketNumber} {0,number} '{'x'}' <b>bold</b>");

        String reply = renderer.render(ReplyTemplate.TICKET_RESOLVED, CultureProfileCode.NORTH_AMERICA, Locale.US, hostile);

        assertThat(reply).contains("Issue resolved: {ticketNumber} {0,number} '{'x'}' <b>bold</b> (ticket GD-1042)");
    }

    @Test
    void failsNamingTheMissingArguments() {
        Map<String, Object> partial = Map.of("ticketNumber", "GD-1");

        assertThatThrownBy(() -> renderer.render(ReplyTemplate.SLA_APOLOGY, CultureProfileCode.DEFAULT, Locale.US, partial))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[delayMinutes]");
    }

    @Test
    void failsNamingAnUnknownTemplate() {
        assertThatThrownBy(() -> renderer.render("no.such.key", CultureProfileCode.JAPAN, Locale.JAPAN, args()))
                .hasMessageContaining("no.such.key.JAPAN").hasMessageContaining("no.such.key");
    }

    @ParameterizedTest
    @EnumSource(CultureProfileCode.class)
    void everyTemplateRendersForEveryProfileWithoutLeftoverPlaceholders(CultureProfileCode profile) {
        for (String tag : CultureBundleTests.LOCALES) {
            for (ReplyTemplate template : ReplyTemplate.values()) {
                String reply = renderer.compose(template, profile, Locale.forLanguageTag(tag), args());

                assertThat(reply).as("%s %s %s", template, profile, tag).isNotBlank().doesNotContain("{", "}");
            }
        }
    }
}
