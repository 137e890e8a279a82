package io.globaldesk.assistant;

/**
 * Tuning of the assistant: {@code answerThreshold} is the confidence below which it does not answer;
 * {@code clarifyMargin} the relative score gap under which two articles of different topics are "close".
 */
public record AssistantSettings(double answerThreshold, double clarifyMargin, int candidates) {

    public AssistantSettings {
        if (answerThreshold < 0 || answerThreshold > 1) {
            throw new IllegalArgumentException("answerThreshold must be within 0..1");
        }
        if (clarifyMargin < 0 || clarifyMargin > 1) {
            throw new IllegalArgumentException("clarifyMargin must be within 0..1");
        }
        if (candidates < 1 || candidates > 50) {
            throw new IllegalArgumentException("candidates must be within 1..50");
        }
    }

    public static AssistantSettings defaults() {
        return new AssistantSettings(0.5, 0.04, 30);
    }
}
