package io.globaldesk.ticket;

import java.util.Set;

/** Where a ticket stands. Merging is a state too: a merged ticket lives on in the one it was merged into. */
public enum TicketStatus {
    NEW, OPEN, PENDING_CUSTOMER, SOLVED, CLOSED, MERGED;

    /** States an agent still owns work in. */
    public static final Set<TicketStatus> ACTIVE = Set.of(NEW, OPEN, PENDING_CUSTOMER);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** Whether a ticket may move from this state to {@code next}; closed and merged tickets are final. */
    public boolean canMoveTo(TicketStatus next) {
        return switch (this) {
            case CLOSED, MERGED -> false;
            case SOLVED -> next == OPEN || next == CLOSED;
            default -> next != NEW && next != this;
        };
    }
}
