package io.globaldesk.telemetry;

/** Thrown by a line decoder when a line breaks a rule; the message states the rule and becomes the line's error. */
final class LineRejectedException extends RuntimeException {

    LineRejectedException(String message) {
        super(message, null, false, false);
    }
}
