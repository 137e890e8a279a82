package io.globaldesk.telemetry;

/** What an append did: how many rows it stored, or that the idempotency key was seen before and nothing was stored. */
public record AppendOutcome(long stored, boolean duplicate) {

    public static AppendOutcome stored(long rows) {
        return new AppendOutcome(rows, false);
    }

    public static AppendOutcome alreadyStored() {
        return new AppendOutcome(0, true);
    }
}
