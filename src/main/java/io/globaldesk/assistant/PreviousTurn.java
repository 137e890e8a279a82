package io.globaldesk.assistant;

/** A question asked earlier in the conversation, for follow-ups such as "what about on iOS?". */
public record PreviousTurn(String question, String language) {
}
