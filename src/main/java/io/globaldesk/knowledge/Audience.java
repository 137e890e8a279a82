package io.globaldesk.knowledge;

/** Who is searching; decides whether internal articles are visible. */
public enum Audience {
    CUSTOMER(false), ASSISTANT(false), AGENT(true);

    private final boolean seesInternal;

    Audience(boolean seesInternal) {
        this.seesInternal = seesInternal;
    }

    public boolean seesInternal() {
        return seesInternal;
    }
}
