package io.globaldesk.assistant.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises messages the assistant must not treat as product questions: markup, attempts to re-instruct it, insults,
 * and requests for a person. General patterns in the eight languages, never rules for particular questions.
 */
public final class InputScreen {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|javascript:|on(error|load|click)\\s*=",
            Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> INJECTION = List.of(
            Pattern.compile("\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(instruction|instructions|rules|prompt|prompts|guidelines|above|previous)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(system|developer|hidden)\\s+prompt\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\byou are now\\b|\\bact as\\b|\\bpretend (to be|you)\\b|\\bjailbreak\\b|\\bDAN mode\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(忽略|无视|忘记|忘掉).{0,20}(指令|指示|提示|规则|设定)"),
            Pattern.compile("(系统提示|系统指令|提示词|你现在是|扮演)"),
            Pattern.compile("(指示|命令|ルール|プロンプト|設定).{0,20}(無視|忘れ)"),
            Pattern.compile("(システムプロンプト|あなたは今から|になりきって)"),
            Pattern.compile("(지시|명령|프롬프트).{0,20}(무시|잊어)"),
            Pattern.compile("\\b(ignora|olvida|olvídate de|ignore|esquece|esqueça|ignorez|oubliez|ignoriere|vergiss)\\b.{0,40}\\b(instrucciones|instruções|instrucoes|instructions|anweisungen|reglas|regras|règles|prompt)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(ahora eres|agora você é|agora voce e|tu es maintenant|du bist jetzt)\\b", Pattern.CASE_INSENSITIVE));

    private static final List<Pattern> ABUSE = List.of(
            Pattern.compile("\\b(idiot|idiots|stupid|moron|dumb|fuck\\w*|shit\\w*|bitch|asshole|crap|suck|sucks|garbage bot|useless bot)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(傻逼|傻瓜|笨蛋|白痴|垃圾|废物|蠢)"),
            Pattern.compile("(バカ|ばか|馬鹿|アホ|クソ|くそ|役立たず|ポンコツ)"),
            Pattern.compile("(바보|멍청|병신|쓰레기)"),
            Pattern.compile("\\b(idiota|idiotas|estúpido|estupido|estúpida|imbécil|imbecil|inútil|inutil|basura|mierda|burro|lixo|porcaria|merda|otário|otario|idiot|dummkopf|scheiße|scheisse|connard|débile)\\b", Pattern.CASE_INSENSITIVE));

    private static final List<Pattern> HUMAN = List.of(
            Pattern.compile("\\b(talk|speak|chat|connect me)\\b.{0,20}\\b(human|person|agent|someone|somebody|people|representative|operator|support engineer)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(real|live|human)\\s+(person|agent|human|support)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(转人工|人工客服|人工服务|找人工|真人客服|联系客服|找客服|和人聊|跟人聊)"),
            Pattern.compile("(担当者と|オペレーター|人と話|人間と話|サポート担当者)"),
            Pattern.compile("(상담원|상담사|사람과|사람이랑)"),
            Pattern.compile("\\b(hablar|habla|comunicarme|contactar)\\b.{0,20}\\b(humano|persona|agente|alguien|asesor)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(falar|fala|conversar)\\b.{0,20}\\b(humano|pessoa|atendente|agente|alguém|alguem)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(mit einem|mit einer)\\s+(menschen|person|mitarbeiter|mitarbeiterin)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(parler|discuter)\\b.{0,20}\\b(humain|personne|agent|conseiller|conseillère)\\b", Pattern.CASE_INSENSITIVE));

    public enum Verdict { QUESTION, MARKUP, INJECTION, ABUSE, HUMAN }

    public Verdict screen(String text) {
        if (matches(HUMAN, text)) {
            return Verdict.HUMAN;
        }
        if (MARKUP.matcher(text).find()) {
            return Verdict.MARKUP;
        }
        if (matches(INJECTION, text)) {
            return Verdict.INJECTION;
        }
        if (matches(ABUSE, text)) {
            return Verdict.ABUSE;
        }
        return Verdict.QUESTION;
    }

    /** Whether a short reply accepts an offer ("yes", "はい", "sí", "是的"…). */
    public boolean isYes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[!.。！?？ ]+$", "");
        return YES.matcher(t).matches();
    }

    private static final Pattern YES = Pattern.compile(
            "(yes|yes please|yeah|yep|sure|ok|okay|please|是|是的|好|好的|要|可以|はい|お願いします|お願い|ええ|네|예|좋아요|sí|si|claro|vale|sim|pode ser|por favor|ja|gerne|oui|d'accord)");

    private static boolean matches(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
