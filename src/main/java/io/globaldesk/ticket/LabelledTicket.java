package io.globaldesk.ticket;

/** A ticket whose category is known (solved or imported), as the classifier learns from it. */
public record LabelledTicket(String subject, String body, String category) {

    public LabelledTicket {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("a labelled ticket needs its category");
        }
    }

    String text() {
        return TicketClassifier.join(subject, body);
    }
}
