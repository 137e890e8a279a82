package io.globaldesk.sla;

import java.time.Instant;
import java.util.List;

/** An SLA clock crossed its warning threshold (80 %) or its target; {@code actions} say what to do about it. */
public record Escalation(String ticketId, SlaMeasure measure, Level level, Instant at, List<EscalationAction> actions) {

    public enum Level { WARNING, BREACH }

    public Escalation {
        actions = List.copyOf(actions);
    }

    static Escalation warning(String ticketId, SlaMeasure measure, Instant at) {
        return new Escalation(ticketId, measure, Level.WARNING, at, List.of(EscalationAction.NOTIFY_ASSIGNEE));
    }

    /** A breach tells the lead, makes the ticket more urgent and sends it back through routing to whoever can act now. */
    static Escalation breach(String ticketId, SlaMeasure measure, Instant at) {
        return new Escalation(ticketId, measure, Level.BREACH, at,
                List.of(EscalationAction.NOTIFY_LEAD, EscalationAction.RAISE_PRIORITY, EscalationAction.REROUTE));
    }
}
