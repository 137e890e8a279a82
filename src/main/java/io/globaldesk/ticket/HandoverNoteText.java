package io.globaldesk.ticket;

import java.util.Locale;

import io.globaldesk.routing.HandoverNote;
import io.globaldesk.routing.RoutingMessages;

/** A hand-over note as text in the receiving agent's language, from the routing bundles (English where none exists). */
final class HandoverNoteText {

    private HandoverNoteText() {
    }

    static String render(HandoverNote note, long number, String fromName, String toName, Locale locale) {
        RoutingMessages m = RoutingMessages.forLocale(locale);
        String ticket = "#" + number;
        StringBuilder out = new StringBuilder();
        out.append(toName != null
                ? m.format("handover.note.title", ticket, note.severity(), fromName, note.fromCenter(), toName, note.toCenter())
                : m.format("handover.note.title.queued", ticket, note.severity(), fromName, note.fromCenter(), note.toCenter()))
                .append('\n');
        out.append(note.lastCustomerMessage() != null ? m.format("handover.note.last-customer-message", note.lastCustomerMessage())
                : m.format("handover.note.last-customer-message.none")).append('\n');
        if (note.tried().isEmpty()) {
            out.append(m.format("handover.note.tried.none")).append('\n');
        } else {
            out.append(m.format("handover.note.tried")).append('\n');
            for (String t : note.tried()) out.append("- ").append(t).append('\n');
        }
        out.append(switch (note.nextStep()) {
            case ANSWER_CUSTOMER -> m.format("handover.note.next-step.answer-customer");
            case FOLLOW_PLAN -> m.format("handover.note.next-step.plan", note.nextStepDetail());
            case REVIEW_AND_UPDATE -> m.format("handover.note.next-step.review");
        });
        return out.toString();
    }
}
