package io.globaldesk.alerting;

/** A per-minute aggregate the engine watches, with the direction in which it gets worse. */
public enum Metric {
    LOSS_P95(ScopeKind.NETWORK_QUALITY, Direction.UP),
    RTT_P95(ScopeKind.NETWORK_QUALITY, Direction.UP),
    VIDEO_FREEZE_RATE(ScopeKind.NETWORK_QUALITY, Direction.UP),
    QUALITY_SCORE(ScopeKind.NETWORK_QUALITY, Direction.DOWN),
    API_ERROR_RATE(ScopeKind.API_ERRORS, Direction.UP);

    private final ScopeKind kind;
    private final Direction worse;

    Metric(ScopeKind kind, Direction worse) {
        this.kind = kind;
        this.worse = worse;
    }

    public ScopeKind kind() {
        return kind;
    }

    public Direction worse() {
        return worse;
    }
}
