package io.globaldesk.insights.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.globaldesk.insights.Recommendations;
import io.globaldesk.insights.Recommendations.Recommendation;
import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.ticket.TicketFacts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Recommended and related articles as page fragments, loaded by htmx into pages of other modules (the portal's ticket
 * list and ticket, the agent's ticket, the knowledge base and help center article) so that those modules need not know
 * insights. Customers and anonymous help-center readers get public articles only, linked into the help center.
 */
@Controller
class RecommendationPages {

    /** A link to a recommended article: the help center for customers, the knowledge base for staff. */
    record Link(String href, String title) {
    }

    private final Recommendations recommendations;
    private final TicketFacts facts;

    RecommendationPages(Recommendations recommendations, TicketFacts facts) {
        this.recommendations = recommendations;
        this.facts = facts;
    }

    @GetMapping("/portal/recommended-articles")
    String forMyOrganization(Model model, Locale locale) {
        Actor actor = Actor.current();
        String l = language(locale);
        return render(model, true, recommendations.forOrganization(actor.organizationId(), l, Audience.CUSTOMER, 5), l, true);
    }

    @GetMapping("/insights/related/tickets/{id}")
    String relatedToTicket(@PathVariable UUID id, Model model, Locale locale) {
        Actor actor = Actor.current();
        String l = language(locale);
        return render(model, false,
                recommendations.relatedToTicket(RecommendationApi.visibleTicket(facts, actor, id), l, RecommendationApi.audience(actor), 5), l, actor.isCustomer());
    }

    @GetMapping("/insights/related/articles/{id}")
    String relatedToArticle(@PathVariable long id, Model model, Locale locale) {
        Actor actor = Actor.current();
        String l = language(locale);
        return render(model, false,
                recommendations.relatedToArticle(id, l, RecommendationApi.audience(actor), 5), l, actor.isCustomer());
    }

    /** For the public help center: no sign-in, public articles only. */
    @GetMapping("/help/related/{locale}/{id}")
    String relatedInHelpCenter(@PathVariable String locale, @PathVariable long id, Model model) {
        String l = RecommendationApi.checked(locale);
        return render(model, false, recommendations.relatedToArticle(id, l, Audience.CUSTOMER, 5), l, true);
    }

    private static String render(Model model, boolean recommended, List<Recommendation> found, String locale, boolean helpCenter) {
        model.addAttribute("recommended", recommended);
        model.addAttribute("links", found.stream().map(r -> new Link(helpCenter
                ? "/help/" + locale + "/" + r.externalId() : "/kb/articles/" + r.articleId(), r.title())).toList());
        return "insights/related-articles :: list";
    }

    private static String language(Locale locale) {
        try {
            return KnowledgeLanguage.of(locale.toLanguageTag()).code();
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }
}
