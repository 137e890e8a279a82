package io.globaldesk.ticket;

import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketClassifierTests {

    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private final TicketClassifier classifier = TicketClassifier.withRtcDefaults(DETECTOR, NORMALIZER);

    @Test
    void keywordRulesClassifyBeforeAnythingIsLearnt() {
        Classification audio = classifier.classify("Echo in calls", "The other side hears an echo of my voice.");
        Classification billing = classifier.classify("请款问题", "这个月的发票金额不对，重复扣费了");

        assertThat(audio.category()).isEqualTo("audio");
        assertThat(audio.language()).isEqualTo("en");
        assertThat(billing.category()).isEqualTo("billing");
        assertThat(billing.language()).isEqualTo("zh");
        assertThat(classifier.examplesLearnt()).isZero();
    }

    @Test
    void textWithoutAnyCueFallsToOtherWithLowConfidence() {
        Classification c = classifier.classify("hello", "hello there");

        assertThat(c.category()).isEqualTo("other");
        assertThat(c.confidence()).isLessThan(0.6);
    }

    @Test
    void learningTeachesAWordTheRulesDoNotKnow() {
        String subject = "Zorblax problem";
        assertThat(classifier.classify(subject, "zorblax again").category()).isNotEqualTo("recording");

        for (int i = 0; i < 40; i++) {
            classifier.learn("zorblax export broken " + i, "recording");
            classifier.learn("audio echo noise " + i, "audio");
        }

        assertThat(classifier.classify(subject, "zorblax again").category()).isEqualTo("recording");
        assertThat(classifier.examplesLearnt()).isEqualTo(80);
    }

    @Test
    void retrainReplacesWhatWasLearnt() {
        for (int i = 0; i < 30; i++) {
            classifier.learn("quuxly " + i, "billing");
        }
        classifier.retrain(java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> new LabelledTicket("quuxly", "quuxly " + i, "account")).toList());

        assertThat(classifier.examplesLearnt()).isEqualTo(100);
        assertThat(classifier.classify("quuxly", "").category()).isEqualTo("account");
    }

    @Test
    void confidenceStaysWithinZeroAndOne() {
        for (int i = 0; i < 20; i++) {
            classifier.learn("black screen video freeze " + i, "video");
        }
        Classification c = classifier.classify("video", "black screen video freeze video video video");

        assertThat(c.category()).isEqualTo("video");
        assertThat(c.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void refusesToLearnACategoryOutsideTheTaxonomy() {
        assertThatThrownBy(() -> classifier.learn("text", "hardware"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown category \"hardware\"");
    }

    @Test
    void aCustomTaxonomyWithItsOwnRulesIsHonoured() {
        CategoryTaxonomy taxonomy = new CategoryTaxonomy(List.of("streaming", "misc"), "misc");
        CategoryKeywordRules rules = new CategoryKeywordRules(Map.of("streaming", List.of("rtmp", "cdn")));
        TicketClassifier custom = new TicketClassifier(taxonomy, rules, DETECTOR, NORMALIZER);

        assertThat(custom.classify("RTMP push fails", "cdn returns 403").category()).isEqualTo("streaming");
        assertThat(custom.classify("hi", "thanks").category()).isEqualTo("misc");
    }

    @Test
    void hostileInputIsClassifiedNotThrown() {
        String huge = "video freezes \u0000\u202e\uD800 ".repeat(4_000);

        Classification big = classifier.classify(huge, huge);
        Classification empty = classifier.classify(null, "");

        assertThat(big.category()).isEqualTo("video");
        assertThat(empty.category()).isEqualTo("other");
        assertThat(empty.language()).isEqualTo("und");
    }
}
