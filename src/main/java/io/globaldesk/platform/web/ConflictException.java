package io.globaldesk.platform.web;

/** A request that is well formed but contradicts the current state (a duplicate code, an illegal transition): 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
