package io.globaldesk.insights.web;

import java.util.List;
import java.util.UUID;

import io.globaldesk.insights.Recommendations;
import io.globaldesk.insights.Recommendations.Recommendation;
import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.ticket.TicketFact;
import io.globaldesk.ticket.TicketFacts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recommended articles for an organization, and articles related to an article or a ticket. A customer reads only
 * its own organization's (another's is a 404) and only public articles; staff see internal articles too.
 */
@RestController
@RequestMapping("/api/v1/insights")
@PreAuthorize("isAuthenticated()")
class RecommendationApi {

    private final Recommendations recommendations;
    private final TicketFacts facts;

    RecommendationApi(Recommendations recommendations, TicketFacts facts) {
        this.recommendations = recommendations;
        this.facts = facts;
    }

    @GetMapping("/organizations/{id}/recommended-articles")
    List<Recommendation> forOrganization(@PathVariable UUID id, @RequestParam(defaultValue = "en") String locale,
                                         @RequestParam(defaultValue = "5") int limit) {
        Actor actor = Actor.current();
        if (!actor.canSee(id)) throw new NotFoundException("organization", id);
        return recommendations.forOrganization(id, checked(locale), audience(actor), limit);
    }

    @GetMapping("/articles/{id}/related")
    List<Recommendation> relatedToArticle(@PathVariable long id, @RequestParam(defaultValue = "en") String locale,
                                          @RequestParam(defaultValue = "5") int limit) {
        return recommendations.relatedToArticle(id, checked(locale), audience(Actor.current()), limit);
    }

    @GetMapping("/tickets/{id}/related-articles")
    List<Recommendation> relatedToTicket(@PathVariable UUID id, @RequestParam(defaultValue = "en") String locale,
                                         @RequestParam(defaultValue = "5") int limit) {
        Actor actor = Actor.current();
        return recommendations.relatedToTicket(visibleTicket(facts, actor, id), checked(locale), audience(actor), limit);
    }

    /** The ticket, when {@code actor} may see it: staff any, a customer its organization's; otherwise a 404. */
    static TicketFact visibleTicket(TicketFacts facts, Actor actor, UUID id) {
        return facts.byIds(List.of(id)).stream()
                .filter(t -> t.organizationId() == null ? !actor.isCustomer() : actor.canSee(t.organizationId()))
                .findFirst().orElseThrow(() -> new NotFoundException("ticket", id));
    }

    static Audience audience(Actor actor) {
        return actor.isCustomer() ? Audience.CUSTOMER : Audience.AGENT;
    }

    static String checked(String locale) {
        try {
            return KnowledgeLanguage.of(locale).code();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("locale", e.getMessage());
        }
    }
}
