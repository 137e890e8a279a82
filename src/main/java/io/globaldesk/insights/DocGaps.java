package io.globaldesk.insights;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.globaldesk.assistant.QuestionUnanswered;
import io.globaldesk.insights.internal.GapRepository;
import io.globaldesk.insights.internal.QuestionSimilarity;
import io.globaldesk.insights.internal.TextAnalysis;
import io.globaldesk.knowledge.SearchFoundNothing;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documentation gaps: questions the assistant could not answer (or whose answer was voted down) and searches that found
 * nothing, grouped across paraphrases: a question joins the most similar open gap of its language, or opens a new one.
 */
@Service
public class DocGaps {

    private final GapRepository gaps;
    private final MessageSource messages;

    DocGaps(GapRepository gaps, MessageSource messages) {
        this.gaps = gaps;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(QuestionUnanswered event) {
        record("ASSISTANT", event.reason(), event.question(), event.language(), event.organizationId(), event.askedAt());
    }

    @ApplicationModuleListener
    void on(SearchFoundNothing event) {
        record("SEARCH", null, event.query(), event.locale(), null, event.at());
    }

    /** Files a question under the gap it paraphrases; returns that gap's id. */
    @Transactional
    public long record(String source, String reason, String question, String language, UUID organization, Instant at) {
        if (question == null || question.isBlank()) throw new InvalidInputException("question", "must not be blank");
        String text = question.strip();
        if (text.length() > 2000) text = text.substring(0, 2000);
        String lang = TextAnalysis.language(language);
        Set<String> terms = QuestionSimilarity.terms(lang, text);
        gaps.lockGaps();
        long best = -1;
        double bestScore = 0;
        for (GapRepository.GapRow gap : gaps.openGaps(lang)) {
            double score = QuestionSimilarity.similarity(terms, Set.of(gap.terms().split(" ")));
            if (score > bestScore) {
                bestScore = score;
                best = gap.id();
            }
        }
        long gap = bestScore >= QuestionSimilarity.SAME_QUESTION ? best : gaps.newGap(text, lang, String.join(" ", terms), at);
        gaps.addQuestion(gap, source, reason, text, lang, organization, at);
        return gap;
    }

    /** The gaps asked most often, optionally of one language. */
    public List<DocGap> top(String language, int limit) {
        String lang = language == null || language.isBlank() ? null : TextAnalysis.language(language);
        return gaps.top(lang, Math.max(1, Math.min(limit, 500))).stream()
                .map(g -> new DocGap(g.id(), g.representative(), g.language(), g.count(), g.lastAskedAt())).toList();
    }

    public DocGap get(long id) {
        return gaps.find(id).map(g -> new DocGap(g.id(), g.representative(), g.language(), g.count(), g.lastAskedAt()))
                .orElseThrow(() -> new NotFoundException("doc-gap", id));
    }

    /** A draft article answering the gap, in its language, with headings the writer fills in. */
    public ArticleDraft draft(long id) {
        DocGap gap = get(id);
        java.util.Locale locale = java.util.Locale.forLanguageTag(gap.language());
        List<String> askedAs = gaps.questionsOf(id, 10);
        StringBuilder body = new StringBuilder();
        body.append("## ").append(messages.getMessage("insights.draft.askedAs", null, locale)).append("\n\n");
        for (String q : askedAs) body.append("- ").append(q.replace("\n", " ")).append('\n');
        body.append("\n## ").append(messages.getMessage("insights.draft.answer", null, locale)).append("\n\n")
                .append("## ").append(messages.getMessage("insights.draft.steps", null, locale)).append("\n\n1. \n\n")
                .append("## ").append(messages.getMessage("insights.draft.related", null, locale)).append("\n");
        return new ArticleDraft(id, gap.language(), gap.question(), body.toString(), askedAs);
    }
}
