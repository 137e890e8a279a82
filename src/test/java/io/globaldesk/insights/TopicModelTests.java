package io.globaldesk.insights;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.globaldesk.insights.internal.LingoClusterer;
import io.globaldesk.insights.internal.TopicModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicModelTests {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Map<String, String> MARKER = Map.of("echo", "echo", "video-freeze", "freez", "token", "token",
            "screen-share", "screen", "recording", "recording");

    private final TopicModel model = new TopicModel(new LingoClusterer(), 4000);

    @Test
    void topEnglishTopicsNameTheFiveMainInjectedThemes() {
        List<RtcHistory.Generated> history = RtcHistory.generate("t", START, 1000, 0, 42);
        List<TopicModel.Found> found = model.topics(TopicModel.analyse(docs(history, new HashMap<>())), 15);
        List<Topic> english = found.stream().map(TopicModel.Found::topic).filter(t -> t.language().equals("en")).toList();
        english.forEach(t -> System.out.printf("en topic %-45s %4d %s%n", t.label(), t.ticketCount(), t.keywords()));
        for (String marker : MARKER.values()) {
            assertThat(english.subList(0, Math.min(10, english.size())))
                    .as("a top English topic about '%s'", marker)
                    .anySatisfy(t -> assertThat((t.label() + " " + t.keywords()).toLowerCase()).contains(marker));
        }
    }

    @Test
    void chineseAndJapaneseAreSegmentedIntoReadableTopics() {
        List<RtcHistory.Generated> history = RtcHistory.generate("t", START, 1000, 0, 7);
        List<Topic> topics = model.topics(TopicModel.analyse(docs(history, new HashMap<>())), 15).stream()
                .map(TopicModel.Found::topic).toList();
        topics.stream().filter(t -> !t.language().equals("en")).forEach(t ->
                System.out.printf("%s topic %-30s %4d %s%n", t.language(), t.label(), t.ticketCount(), t.keywords()));
        assertThat(topics).anySatisfy(t -> {
            assertThat(t.language()).isEqualTo("zh");
            assertThat(t.label()).containsAnyOf("回声", "视频", "屏幕", "录制", "账单", "Token", "token");
            assertThat(t.label()).doesNotContainPattern("\\p{IsHan} \\p{IsHan}");
        });
        assertThat(topics).anySatisfy(t -> {
            assertThat(t.language()).isEqualTo("ja");
            assertThat(t.label() + t.keywords()).containsAnyOf("エコー", "映像", "画面", "録画", "請求", "トークン", "ビデオ");
        });
    }

    @Test
    void topicPurityOnHeldOutTicketsIsHigh() {
        List<RtcHistory.Generated> all = RtcHistory.generate("p", START, 1250, 0, 99);
        List<RtcHistory.Generated> heldOut = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 5 == 0)
                .mapToObj(all::get).toList();
        Map<UUID, String> theme = new HashMap<>();
        List<TopicModel.Found> found = model.topics(TopicModel.analyse(docs(heldOut, theme)), 15);
        int clustered = 0;
        int majority = 0;
        for (TopicModel.Found f : found) {
            Map<String, Long> counts = f.members().stream().collect(Collectors.groupingBy(theme::get, Collectors.counting()));
            clustered += f.members().size();
            majority += counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
        double purity = majority / (double) clustered;
        long covered = found.stream().flatMap(f -> f.members().stream()).distinct().count();
        System.out.printf("topic quality on %d held-out tickets: purity %.3f, coverage %.3f, %d topics%n",
                heldOut.size(), purity, covered / (double) heldOut.size(), found.size());
        assertThat(purity).isGreaterThan(0.8);
        assertThat(covered / (double) heldOut.size()).isGreaterThan(0.7);
    }

    @Test
    void aThemeOnlyInTheLastWeekIsRising() {
        List<RtcHistory.Generated> history = RtcHistory.generate("r", START, 1000, 40, 5);
        Instant lastWeek = START.plus(java.time.Duration.ofDays(49));
        Instant weekBefore = START.plus(java.time.Duration.ofDays(42));
        List<TopicModel.Analysed> current = TopicModel.analyse(docs(history.stream()
                .filter(g -> !g.createdAt().isBefore(lastWeek)).toList(), new HashMap<>()));
        List<TopicModel.Analysed> previous = TopicModel.analyse(docs(history.stream()
                .filter(g -> !g.createdAt().isBefore(weekBefore) && g.createdAt().isBefore(lastWeek)).toList(), new HashMap<>()));
        List<TopicTrends.RisingTerm> terms = TopicModel.risingTerms(current, previous, 5, 10);
        System.out.println("rising terms: " + terms);
        assertThat(terms.subList(0, Math.min(3, terms.size()))).anySatisfy(t -> assertThat(t.term()).isEqualTo("bluetooth"));
        assertThat(terms).noneSatisfy(t -> assertThat(t.term()).isIn("echo", "token", "invoice"));
        List<TopicTrends.RisingTopic> topics = TopicModel.risingTopics(model.topics(current, 15), current, previous);
        System.out.println("rising topics: " + topics.subList(0, Math.min(3, topics.size())));
        assertThat(topics.getFirst().label().toLowerCase()).contains("bluetooth");
    }

    @Test
    void relatedTicketsShareTheProblemAndLanguage() {
        List<RtcHistory.Generated> history = RtcHistory.generate("s", START, 300, 0, 3);
        Map<UUID, String> theme = new HashMap<>();
        List<TopicModel.Analysed> analysed = TopicModel.analyse(docs(history, theme));
        TopicModel.Analysed probe = analysed.stream().filter(a -> a.language().equals("en")).findFirst().orElseThrow();
        List<UUID> related = TopicModel.similar(probe.words(), "en", probe.doc().ticketId(), analysed, 5);
        assertThat(related).hasSize(5).doesNotContain(probe.doc().ticketId())
                .allSatisfy(id -> assertThat(theme.get(id)).isEqualTo(theme.get(probe.doc().ticketId())));
    }

    static List<TopicModel.Doc> docs(List<RtcHistory.Generated> history, Map<UUID, String> themes) {
        return history.stream().map(g -> {
            UUID id = UUID.nameUUIDFromBytes(g.externalId().getBytes());
            themes.put(id, g.theme());
            return new TopicModel.Doc(id, g.language(), g.subject(), g.body());
        }).toList();
    }
}
