package io.globaldesk.knowledge;

/** What the index found when it opened its directory; anything but READY means it must be rebuilt from the database. */
public enum IndexHealth {
    READY, MISSING, CORRUPT;

    public boolean needsRebuild() {
        return this != READY;
    }
}
