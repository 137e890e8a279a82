package io.globaldesk.assistant;

import java.util.List;

/**
 * What the assistant replies to one message. {@code reply} is plain text (the view escapes it); {@code citations} are
 * best first; {@code confidence} is calibrated to 0..1; {@code answered} is false below the threshold, for
 * out-of-scope or hostile input, and when a human is asked for.
 */
public record AssistantAnswer(String language, boolean answered, Outcome outcome, String reply, List<Citation> citations,
                              double confidence, String searchedText) {

    public AssistantAnswer {
        citations = List.copyOf(citations);
    }

    public enum Outcome {
        /** A cited answer. */
        ANSWERED,
        /** Two articles are close: the reply asks which one is meant, naming both. */
        CLARIFYING,
        /** Nothing in the knowledge base answers it with enough confidence; a human is offered. */
        NO_ANSWER,
        /** Not a question about the product (weather, jokes, abuse, gibberish, attempts to steer the assistant). */
        OUT_OF_SCOPE,
        /** The user asked for a person. */
        HUMAN_REQUESTED
    }
}
