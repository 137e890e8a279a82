package io.globaldesk.ticket;

import io.globaldesk.sla.Severity;

import io.globaldesk.language.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityRulesTests {

    private final SeverityRules rules = new SeverityRules();
    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            S1 | Production down: all users fail to join calls since 03:00
            S1 | Outage! Everyone gets error 110 when joining
            S1 | 线上故障，全部用户都无法通话
            S1 | 本番で障害が発生し、全員が通話できません
            S1 | 서비스 장애로 모든 사용자가 통화할 수 없습니다
            S1 | Caída total: todos los usuarios pierden la llamada
            S1 | Ausfall in Produktion, alle Nutzer betroffen
            S2 | Urgent: video freezes for many users
            S2 | 至急確認お願いします、映像が止まります
            S2 | 紧急：声音断断续续
            S2 | Panne du son sur Android
            S3 | The remote video freezes every few seconds for one user
            S3 | Echo on one device
            S4 | How do I enable dual-stream mode?
            S4 | 请问如何开启双流模式
            S4 | 画面共有の方法を教えてください
            S4 | ¿Cómo puedo activar el modo de doble flujo?
            S4 | Comment activer le mode double flux ?
            """)
    void suggestsSeverityFromCuesInEveryLanguage(Severity expected, String text) {
        assertThat(rules.suggest(normalizer.forSearch(text))).isEqualTo(expected);
    }
}
