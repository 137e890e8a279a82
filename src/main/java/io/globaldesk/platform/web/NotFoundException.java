package io.globaldesk.platform.web;

/** An id that does not exist, or that the caller may not know exists (another organization's object): answered 404. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final Object id;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " was not found");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public Object id() {
        return id;
    }
}
