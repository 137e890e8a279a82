package io.globaldesk.routing;

import io.globaldesk.sla.Severity;

import java.util.List;

/**
 * What the next owner needs to carry on: the customer's last message, what was tried, and the next step, as data the
 * culture module can localize, plus {@code renderedEnglish}, the English fallback. {@code toAgentId} is null when the
 * ticket went back to the queue of {@code toCenter}.
 */
public record HandoverNote(String ticketId, Severity severity, String fromAgentId, String fromCenter, String toAgentId,
                           String toCenter, String lastCustomerMessage, List<String> tried, NextStep nextStep,
                           String nextStepDetail, String renderedEnglish) {

    public enum NextStep {
        /** The customer wrote last: answer that. */
        ANSWER_CUSTOMER,
        /** The previous owner wrote the plan down ("Next: …"); {@code nextStepDetail} holds it. */
        FOLLOW_PLAN,
        /** Nothing written down: read the ticket and update the customer. */
        REVIEW_AND_UPDATE
    }

    public HandoverNote {
        tried = List.copyOf(tried);
    }
}
