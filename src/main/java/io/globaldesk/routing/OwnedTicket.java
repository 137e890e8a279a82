package io.globaldesk.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An open ticket and its owner, as the hand-over planner sees it; {@code articles} in the order they were written. */
public record OwnedTicket(RoutingRequest request, String ownerAgentId, boolean pendingCustomer, Instant slaDueAt,
                          List<ArticleView> articles) {
    public OwnedTicket {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(request.ticketId(), "an owned ticket needs its ticket id");
        Objects.requireNonNull(ownerAgentId, "ownerAgentId");
        articles = List.copyOf(articles);
    }

    public String ticketId() { return request.ticketId(); }
}
