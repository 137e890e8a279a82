package io.globaldesk.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

import io.globaldesk.knowledge.CaseReviewPublished;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.NewArticle;
import io.globaldesk.knowledge.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns a published case review into an INTERNAL article: agents find it in search, customers never see it. */
@Component
class CaseReviewArticles {

    private static final Logger log = LoggerFactory.getLogger(CaseReviewArticles.class);
    static final String CATEGORY = "case-review";

    private final KnowledgeBase knowledgeBase;

    CaseReviewArticles(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @ApplicationModuleListener
    void on(CaseReviewPublished event) {
        String externalId = externalId(event);
        if (knowledgeBase.findByExternalId(externalId).isPresent()) {
            return; // delivered again after a restart: the article exists
        }
        String locale;
        try {
            locale = KnowledgeLanguage.of(event.locale() == null ? "en" : event.locale()).code();
        } catch (IllegalArgumentException e) {
            log.warn("case review {} in unsupported locale {}; stored as English", event.reviewId(), event.locale());
            locale = "en";
        }
        List<String> tags = new ArrayList<>(event.tags() == null ? List.of() : event.tags());
        tags.add(CATEGORY);
        String title = event.title() == null || event.title().isBlank() ? "Case review " + event.reviewId() : event.title();
        String body = event.markdown() == null || event.markdown().isBlank() ? title : event.markdown();
        knowledgeBase.create(new NewArticle(externalId, locale, title.length() > 300 ? title.substring(0, 300) : title,
                body, CATEGORY, tags, Visibility.INTERNAL, List.of(), null), "case review " + event.reviewId());
    }

    static String externalId(CaseReviewPublished event) {
        return "case-review-" + event.reviewId();
    }
}
