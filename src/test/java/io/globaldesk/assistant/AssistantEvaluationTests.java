package io.globaldesk.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.culture.CultureProfileCode;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.knowledge.EmbeddingProvider;
import io.globaldesk.knowledge.LuceneKnowledgeIndex;
import io.globaldesk.knowledge.OnnxEmbeddingProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance figures of issue 5 over the labelled set {@code assistant/eval.jsonl}: top-1 and top-3 citation
 * accuracy on in-scope questions and the refusal rate on out-of-scope ones, printed per language. The assistant never
 * sees the labels; the set is read only here.
 */
class AssistantEvaluationTests {

    static final Path EVAL = Path.of("src/test/resources/assistant/eval.jsonl");

    record Item(String id, String lang, String question, String expected) {
    }

    static final class Tally {
        int inScope;
        int top1;
        int top3;
        int answeredInScope;
        int outOfScope;
        int refused;
    }

    @TempDir
    static Path dir;
    static LuceneKnowledgeIndex index;
    static Assistant assistant;
    static final Map<String, Tally> tallies = new TreeMap<>();
    static final List<String> misses = new ArrayList<>();

    @BeforeAll
    static void evaluate() throws IOException {
        DemoKnowledgeBase kb = new DemoKnowledgeBase();
        // The shipped configuration re-ranks with embeddings (globaldesk.knowledge.embeddings=true);
        // -Dassistant.eval.embeddings=false measures BM25 and the termbase alone.
        boolean embeddings = Boolean.parseBoolean(System.getProperty("assistant.eval.embeddings", "true"));
        index = kb.index(dir.resolve("index"), embeddings ? new OnnxEmbeddingProvider() : EmbeddingProvider.NONE);
        assistant = new Assistant(index, kb, () -> kb.termbase, kb.productTerms, new TemplateRenderer(),
                AssistantSettings.defaults());
        String dump = System.getProperty("assistant.eval.features");
        java.io.PrintWriter features = dump == null ? null : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(dump)));
        for (Item item : read()) {
            AssistantAnswer answer = assistant.answer(item.question(), null, List.of(),
                    AskerContext.anonymous(CultureProfileCode.values()[0]));
            if (features != null) {
                var ranked = assistant.candidates(item.question(), null);
                var top = ranked.isEmpty() ? null : ranked.getFirst();
                int rank = ranked.stream().map(c -> c.externalId()).toList().indexOf(item.expected());
                features.println(String.join("\t", item.id(), item.lang(), String.valueOf(item.expected() != null),
                        String.valueOf(rank), String.valueOf(!answer.answered() && answer.outcome() == AssistantAnswer.Outcome.OUT_OF_SCOPE),
                        top == null ? "0\t0\t0\t0\t0\t0" : top.coverage() + "\t" + top.titleCoverage() + "\t" + top.fused() + "\t"
                                + top.knownShare() + "\t" + top.margin() + "\t" + top.questionTerms()));
                for (var c : ranked) {
                    StringBuilder line = new StringBuilder("C\t" + item.id() + "\t" + item.lang() + "\t" + c.externalId().equals(item.expected()));
                    for (double f : c.features()) {
                        line.append('\t').append(f);
                    }
                    features.println(line);
                }
            }
            Tally tally = tallies.computeIfAbsent(item.lang(), l -> new Tally());
            Tally all = tallies.computeIfAbsent("all", l -> new Tally());
            // Two halves by id parity: a change fitted to some questions shows up as a gap between the halves.
            Tally half = tallies.computeIfAbsent(Integer.parseInt(item.id().replaceAll("\\D", "")) % 2 == 1 ? "odd" : "even",
                    l -> new Tally());
            for (Tally t : List.of(tally, all, half)) {
                if (item.expected() == null) {
                    t.outOfScope++;
                    if (!answer.answered()) {
                        t.refused++;
                    }
                } else {
                    t.inScope++;
                    List<String> cited = answer.citations().stream().map(Citation::externalId).toList();
                    if (!cited.isEmpty() && cited.getFirst().equals(item.expected())) {
                        t.top1++;
                    }
                    if (cited.stream().limit(3).anyMatch(item.expected()::equals)) {
                        t.top3++;
                    }
                    if (answer.answered()) {
                        t.answeredInScope++;
                    }
                }
            }
            if (t(answer, item)) {
                misses.add(String.format("%s [%s] expected=%s got=%s conf=%.3f answered=%s :: %s", item.id(), item.lang(),
                        item.expected(), answer.citations().stream().map(Citation::externalId).limit(3).toList(),
                        answer.confidence(), answer.answered(), item.question()));
            }
        }
        if (features != null) {
            features.close();
        }
        System.out.println("assistant evaluation (lang: top-1, top-3, answered in scope, out-of-scope refused)");
        tallies.forEach((lang, t) -> System.out.printf("  %-5s top1 %5.1f%% (%d/%d)  top3 %5.1f%%  answered %5.1f%%  refused %5.1f%% (%d/%d)%n",
                lang, pct(t.top1, t.inScope), t.top1, t.inScope, pct(t.top3, t.inScope), pct(t.answeredInScope, t.inScope),
                pct(t.refused, t.outOfScope), t.refused, t.outOfScope));
        if (Boolean.getBoolean("assistant.eval.verbose")) {
            misses.forEach(m -> System.out.println("  miss " + m));
        }
    }

    private static boolean t(AssistantAnswer answer, Item item) {
        if (item.expected() == null) {
            return answer.answered();
        }
        return answer.citations().isEmpty() || !answer.citations().getFirst().externalId().equals(item.expected())
                || !answer.answered();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /* Issue 5's floors: top-1 >= 85 %, top-3 >= 95 %, out-of-scope refused >= 90 %, in the shipped configuration. */
    static final double TOP1_FLOOR = 85.0, TOP3_FLOOR = 95.0, REFUSED_FLOOR = 90.0;
    static final double TOP1_GUARD = TOP1_FLOOR, TOP3_GUARD = TOP3_FLOOR, REFUSED_GUARD = REFUSED_FLOOR;

    @Test
    void citesTheRightArticleFirstAtTheIssuesFloor() {
        Tally all = tallies.get("all");
        System.out.printf("top-1 %.1f %% (issue floor %.0f %%)%n", pct(all.top1, all.inScope), TOP1_FLOOR);
        assertThat(pct(all.top1, all.inScope)).isGreaterThanOrEqualTo(TOP1_GUARD);
    }

    @Test
    void citesTheRightArticleAmongTheFirstThreeAtTheIssuesFloor() {
        Tally all = tallies.get("all");
        System.out.printf("top-3 %.1f %% (issue floor %.0f %%)%n", pct(all.top3, all.inScope), TOP3_FLOOR);
        assertThat(pct(all.top3, all.inScope)).isGreaterThanOrEqualTo(TOP3_GUARD);
    }

    @Test
    void leavesOutOfScopeQuestionsUnansweredAtTheIssuesFloor() {
        Tally all = tallies.get("all");
        System.out.printf("out-of-scope refused %.1f %% (issue floor %.0f %%)%n", pct(all.refused, all.outOfScope), REFUSED_FLOOR);
        assertThat(pct(all.refused, all.outOfScope)).isGreaterThanOrEqualTo(REFUSED_GUARD);
    }

    @Test
    void evaluatedEveryLanguageOfTheSet() {
        assertThat(tallies).containsKeys("en", "zh", "ja", "es", "pt");
        assertThat(tallies.get("all").inScope).isEqualTo(292);
        assertThat(tallies.get("all").outOfScope).isEqualTo(56);
    }

    static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    static List<Item> read() throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(EVAL, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                items.add(new Item(field(line, "id"), field(line, "lang"), field(line, "question"), field(line, "expected")));
            }
        }
        return items;
    }

    static String field(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(line);
        if (!m.find() || m.group(2) == null) {
            return null;
        }
        return m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
