package io.globaldesk.ticket;

import io.globaldesk.sla.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests a severity from cues in the text, in the supported languages: an outage or everyone affected suggests S1,
 * urgency or one outage cue S2, a how-to question S4, anything else S3. A suggestion only: agents and SLA policies
 * have the last word.
 */
final class SeverityRules {

    private static final List<String> OUTAGE = normalized(
            "outage", "production down", "prod down", "service down", "is down", "completely down", "all calls fail",
            "宕机", "故障", "服务中断", "线上事故", "全部失败", "障害", "停止して", "サービス停止", "全て失敗",
            "장애", "서비스 중단", "먹통", "caída", "caido", "fuera de servicio", "producción caída", "fora do ar",
            "produção parada", "queda geral", "ausfall", "komplett down", "produktion steht", "panne",
            "hors service", "production à l'arrêt");
    private static final List<String> EVERYONE = normalized(
            "all users", "all our users", "every user", "everyone", "all customers", "全部", "所有用户", "全体用户",
            "全員", "全ユーザー", "すべてのユーザー", "全ての", "모든 사용자", "전체 사용자", "전부", "todos los usuarios",
            "todos os usuários", "alle nutzer", "alle kunden", "tous les utilisateurs", "tous nos utilisateurs");
    private static final List<String> URGENT = normalized(
            "urgent", "asap", "critical", "blocker", "many users", "紧急", "加急", "很多用户", "大量用户", "至急",
            "緊急", "大至急", "多くのユーザー", "긴급", "급합니다", "많은 사용자", "urgente", "crítico", "muchos usuarios",
            "muitos usuários", "dringend", "kritisch", "viele nutzer", "critique", "beaucoup d'utilisateurs");
    private static final List<String> QUESTION = normalized(
            "how to", "how do i", "how can i", "is it possible", "does the sdk support", "question", "documentation",
            "如何", "怎么", "怎样", "请问", "是否支持", "能否", "方法を", "教えて", "可能ですか", "でしょうか",
            "어떻게", "방법", "가능한가요", "문의", "cómo", "es posible", "pregunta", "como faço", "como posso",
            "é possível", "dúvida", "wie kann", "wie geht", "ist es möglich", "frage", "comment", "est-il possible",
            "question sur");

    /** All cues in one index: the text is read once, not once per cue. */
    private static final CueIndex CUES = new CueIndex(List.of(OUTAGE, EVERYONE, URGENT, QUESTION));

    Severity suggest(String normalizedText) {
        int[] found = CUES.countPerList(normalizedText);
        int outage = found[0];
        int everyone = found[1];
        int urgent = found[2];
        int question = found[3];
        if (outage > 0 && (everyone > 0 || urgent > 0 || outage > 1)) {
            return Severity.S1;
        }
        if (outage > 0 || urgent > 0 || everyone > 0) {
            return Severity.S2;
        }
        return question > 0 ? Severity.S4 : Severity.S3;
    }

    private static List<String> normalized(String... cues) {
        return java.util.Arrays.stream(cues).map(Keywords::normalize).toList();
    }

    /** Lists of cues searched together; counts, per list, the cues the text contains. */
    private static final class CueIndex {
        private final KeywordIndex index;
        private final int[] listOfCue;
        private final int lists;

        CueIndex(List<List<String>> cueLists) {
            List<String> all = new ArrayList<>();
            List<Integer> listOf = new ArrayList<>();
            for (int list = 0; list < cueLists.size(); list++) {
                for (String cue : cueLists.get(list)) {
                    all.add(cue);
                    listOf.add(list);
                }
            }
            this.index = new KeywordIndex(all);
            this.listOfCue = listOf.stream().mapToInt(Integer::intValue).toArray();
            this.lists = cueLists.size();
        }

        int[] countPerList(String normalizedText) {
            boolean[] found = index.find(normalizedText);
            int[] counts = new int[lists];
            for (int cue = 0; cue < found.length; cue++) {
                if (found[cue]) {
                    counts[listOfCue[cue]]++;
                }
            }
            return counts;
        }
    }
}
