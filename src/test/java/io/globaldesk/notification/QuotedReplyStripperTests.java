package io.globaldesk.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedReplyStripperTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "On Wed, Nov 25, 2026 at 10:00 AM GlobalDesk <support@globaldesk.local> wrote:",
            "Am Mi., 25. Nov. 2026 um 10:00 Uhr schrieb GlobalDesk <support@globaldesk.local>:",
            "Le mer. 25 nov. 2026 à 10:00, GlobalDesk <support@globaldesk.local> a écrit :",
            "El mié, 25 nov 2026 a las 10:00, GlobalDesk (<support@globaldesk.local>) escribió:",
            "Em qua., 25 de nov. de 2026 às 10:00, GlobalDesk <support@globaldesk.local> escreveu:",
            "2026年11月25日(水) 10:00 GlobalDesk <support@globaldesk.local>:",
            "GlobalDesk さんは書きました：",
            "在 2026年11月25日 10:00，GlobalDesk <support@globaldesk.local> 写道：",
            "GlobalDesk <support@globaldesk.local> 於 2026年11月25日 寫道：",
            "2026년 11월 25일 (수) 오전 10:00, GlobalDesk <support@globaldesk.local>님이 작성:",
            "-----Original Message-----",
            "-----Ursprüngliche Nachricht-----",
            "-----Message d'origine-----",
            "-----Mensaje original-----",
            "-----Mensagem original-----",
            "-----原始邮件-----",
            "-----元のメッセージ-----",
            "-----원본 메시지-----"})
    void cutsTheHistoryAtAnAttributionOrSeparatorInEveryLanguage(String attribution) {
        String mail = "The echo is gone after the update.\nThanks!\n\n" + attribution + "\nHave you tried version 4.2?\n> older quote";
        assertThat(QuotedReplyStripper.strip(mail)).isEqualTo("The echo is gone after the update.\nThanks!");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "From: GlobalDesk <support@globaldesk.local>\nSent: Wednesday, November 25, 2026 10:00\nTo: Ken\nSubject: Re: echo",
            "Von: GlobalDesk <support@globaldesk.local>\nGesendet: Mittwoch, 25. November 2026 10:00\nAn: Ken",
            "De : GlobalDesk <support@globaldesk.local>\nEnvoyé : mercredi 25 novembre 2026 10:00\nÀ : Ken",
            "差出人: GlobalDesk <support@globaldesk.local>\n送信日時: 2026年11月25日 10:00\n宛先: Ken",
            "发件人: GlobalDesk <support@globaldesk.local>\n发送时间: 2026年11月25日 10:00\n收件人: Ken",
            "보낸 사람: GlobalDesk <support@globaldesk.local>\n보낸 날짜: 2026년 11월 25일 10:00\n받는 사람: Ken",
            "________________________________\nFrom: GlobalDesk <support@globaldesk.local>\nSent: Wednesday"})
    void cutsTheHistoryAtAnOutlookHeaderBlock(String block) {
        assertThat(QuotedReplyStripper.strip("Works now.\n\n" + block + "\n\nOld text")).isEqualTo("Works now.");
    }

    @Test
    void dropsQuotedLinesButKeepsInlineAnswers() {
        String mail = "> Which SDK version?\n4.2.1\n> Which device?\nPixel 8\n＞ 全角の引用";
        assertThat(QuotedReplyStripper.strip(mail)).isEqualTo("4.2.1\nPixel 8");
    }

    @Test
    void findsAnAttributionWrappedOverTwoLines() {
        String mail = "Still broken.\n\nOn Wed, Nov 25, 2026 at 10:00 AM GlobalDesk Support <support@globaldesk.local>\nwrote:\n> old";
        assertThat(QuotedReplyStripper.strip(mail)).isEqualTo("Still broken.");
    }

    @Test
    void leavesTextWithoutHistoryAlone() {
        String mail = "From: the logs I see a lot of packet loss.\nDate of the call: yesterday.";
        assertThat(QuotedReplyStripper.strip("Hello,\n" + mail)).isEqualTo("Hello,\n" + mail);
    }

    @Test
    void keepsEverythingWhenNothingButHistoryWouldRemain() {
        assertThat(QuotedReplyStripper.strip("> only a quote\n> nothing else")).isEqualTo("> only a quote\n> nothing else");
    }
}
