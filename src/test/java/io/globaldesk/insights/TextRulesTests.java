package io.globaldesk.insights;

import java.util.Set;

import io.globaldesk.insights.internal.QuestionSimilarity;
import io.globaldesk.insights.internal.SdkMentions;
import io.globaldesk.insights.internal.TextAnalysis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTests {

    @Test
    void findsPlatformAndVersionInSeveralLanguages() {
        assertThat(SdkMentions.find("Echo on Android SDK 4.2.1 since Monday")).contains(new SdkMentions.Mention("Android", "4.2.1"));
        assertThat(SdkMentions.find("iOS版本 3.8 通话无声")).contains(new SdkMentions.Mention("iOS", "3.8"));
        assertThat(SdkMentions.find("ブラウザで映像が止まる")).contains(new SdkMentions.Mention("Web", null));
        assertThat(SdkMentions.find("React Native app crashes")).contains(new SdkMentions.Mention("React Native", null));
        assertThat(SdkMentions.find("invoice is wrong")).isEmpty();
        assertThat(SdkMentions.find(null)).isEmpty();
    }

    @Test
    void stripsPlatformNamesAndVersionsButKeepsTheProblem() {
        assertThat(SdkMentions.strip("Echo on Android SDK 4.2.1").strip()).isEqualTo("Echo on");
        assertThat(SdkMentions.strip("在Android上使用SDK 4.2.1时有回声")).doesNotContain("Android").contains("回声");
        assertThat(SdkMentions.strip("windowsill")).isEqualTo("windowsill");
    }

    @Test
    void segmentsChineseAndJapaneseIntoWords() {
        assertThat(TextAnalysis.words("zh", "通话中有回声")).contains("回声");
        assertThat(TextAnalysis.words("ja", "通話中にエコーが聞こえる")).contains("エコー");
        assertThat(TextAnalysis.forClustering("zh", "屏幕共享黑屏")).contains(" ");
        assertThat(TextAnalysis.readable("屏幕 共享 黑屏")).isEqualTo("屏幕共享黑屏");
        assertThat(TextAnalysis.readable("Token 过期")).isEqualTo("Token 过期");
    }

    @Test
    void paraphrasesOfOneQuestionAreSimilarAndOtherQuestionsAreNot() {
        Set<String> a = QuestionSimilarity.terms("en", "How do I enable echo cancellation on Android?");
        Set<String> b = QuestionSimilarity.terms("en", "how to turn on echo cancellation in the Android SDK");
        Set<String> c = QuestionSimilarity.terms("en", "Android: enabling echo cancelling");
        Set<String> other = QuestionSimilarity.terms("en", "How do I record a call on Android?");
        assertThat(QuestionSimilarity.similarity(a, b)).isGreaterThanOrEqualTo(QuestionSimilarity.SAME_QUESTION);
        assertThat(QuestionSimilarity.similarity(a, c)).isGreaterThanOrEqualTo(QuestionSimilarity.SAME_QUESTION);
        assertThat(QuestionSimilarity.similarity(a, other)).isLessThan(QuestionSimilarity.SAME_QUESTION);
        Set<String> zh1 = QuestionSimilarity.terms("zh", "如何开启回声消除？");
        Set<String> zh2 = QuestionSimilarity.terms("zh", "回声消除怎么打开");
        Set<String> zh3 = QuestionSimilarity.terms("zh", "云端录制怎么配置");
        assertThat(QuestionSimilarity.similarity(zh1, zh2)).isGreaterThanOrEqualTo(QuestionSimilarity.SAME_QUESTION);
        assertThat(QuestionSimilarity.similarity(zh1, zh3)).isLessThan(QuestionSimilarity.SAME_QUESTION);
    }

    @Test
    void similarityOfEmptyQuestionsIsZero() {
        assertThat(QuestionSimilarity.similarity(Set.of(), Set.of("a"))).isZero();
        assertThat(QuestionSimilarity.terms("en", "   ")).isEmpty();
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(FeedbackItems.cell("plain")).isEqualTo("plain");
        assertThat(FeedbackItems.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(FeedbackItems.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(FeedbackItems.cell("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
        assertThat(FeedbackItems.cell(null)).isEmpty();
    }

    @Test
    void feedbackStatusMovesForwardAndDoneItemsOnlyReopen() {
        assertThat(FeedbackItem.Status.OPEN.canMoveTo(FeedbackItem.Status.PLANNED)).isTrue();
        assertThat(FeedbackItem.Status.DONE.canMoveTo(FeedbackItem.Status.PLANNED)).isFalse();
        assertThat(FeedbackItem.Status.DECLINED.canMoveTo(FeedbackItem.Status.OPEN)).isTrue();
    }

    @Test
    void digestRecipientsAreParsedWithTheirLocale() {
        assertThat(WeeklyDigest.parse("a@x.com:ja, b@y.com")).extracting(r -> r.email() + "/" + r.locale().toLanguageTag())
                .containsExactly("a@x.com/ja", "b@y.com/en");
        assertThat(WeeklyDigest.parse("")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WeeklyDigest.parse("nobody:en"))
                .hasMessageContaining("not an e-mail address");
    }
}
