package io.globaldesk.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the hand-over note from a ticket's articles: the customer's last words, what the agents tried, the next step. */
final class HandoverNoteWriter {

    private static final int MAX_TRIED = 5;
    private static final int MAX_SENTENCE = 160;
    private static final int MAX_MESSAGE = 500;
    private static final String PLAN_PREFIX = "next:";

    private final RoutingMessages english = RoutingMessages.english();

    HandoverNote write(OwnedTicket ticket, String fromCenter, RoutingDecision decision) {
        List<ArticleView> articles = ticket.articles();
        String lastCustomerMessage = null;
        String plan = null;
        List<String> tried = new ArrayList<>();
        for (ArticleView a : articles) {
            if (a.author() == ArticleView.Author.CUSTOMER) lastCustomerMessage = clip(a.body().strip(), MAX_MESSAGE);
            if (a.author() != ArticleView.Author.AGENT || a.body().isBlank()) continue;
            String body = a.body().strip();
            if (a.internal() && body.toLowerCase(Locale.ROOT).startsWith(PLAN_PREFIX)) {
                plan = clip(body.substring(PLAN_PREFIX.length()).strip(), MAX_SENTENCE);
            } else {
                tried.add(firstSentence(body));
            }
        }
        if (tried.size() > MAX_TRIED) tried = List.copyOf(tried.subList(tried.size() - MAX_TRIED, tried.size()));
        boolean customerWroteLast = !articles.isEmpty() && articles.getLast().author() == ArticleView.Author.CUSTOMER;
        HandoverNote.NextStep next = customerWroteLast ? HandoverNote.NextStep.ANSWER_CUSTOMER
                : plan != null ? HandoverNote.NextStep.FOLLOW_PLAN : HandoverNote.NextStep.REVIEW_AND_UPDATE;
        String detail = next == HandoverNote.NextStep.FOLLOW_PLAN ? plan : null;
        String toAgentId = decision.assigned() ? decision.assignee().id() : null;
        String toName = decision.assigned() ? decision.assignee().name() : null;
        String text = render(ticket, fromCenter, toName, decision.supportCenter(), lastCustomerMessage, tried, next, detail);
        return new HandoverNote(ticket.ticketId(), ticket.request().severity(), ticket.ownerAgentId(), fromCenter, toAgentId,
                decision.supportCenter(), lastCustomerMessage, tried, next, detail, text);
    }

    private String render(OwnedTicket ticket, String fromCenter, String toName, String toCenter, String lastCustomerMessage,
                          List<String> tried, HandoverNote.NextStep next, String detail) {
        StringBuilder out = new StringBuilder();
        String id = ticket.ticketId();
        String severity = ticket.request().severity().name();
        out.append(toName != null
                ? english.format("handover.note.title", id, severity, ticket.ownerAgentId(), fromCenter, toName, toCenter)
                : english.format("handover.note.title.queued", id, severity, ticket.ownerAgentId(), fromCenter, toCenter)).append('\n');
        out.append(lastCustomerMessage != null ? english.format("handover.note.last-customer-message", lastCustomerMessage)
                : english.format("handover.note.last-customer-message.none")).append('\n');
        if (tried.isEmpty()) {
            out.append(english.format("handover.note.tried.none")).append('\n');
        } else {
            out.append(english.format("handover.note.tried")).append('\n');
            for (String t : tried) out.append("- ").append(t).append('\n');
        }
        out.append(switch (next) {
            case ANSWER_CUSTOMER -> english.format("handover.note.next-step.answer-customer");
            case FOLLOW_PLAN -> english.format("handover.note.next-step.plan", detail);
            case REVIEW_AND_UPDATE -> english.format("handover.note.next-step.review");
        });
        return out.toString();
    }

    private static String firstSentence(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == '。') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || c == '。'))) {
                end = c == '\n' ? i : i + 1;
                break;
            }
        }
        return clip(text.substring(0, end).strip(), MAX_SENTENCE);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
