package io.globaldesk.diagnosis;

/** Whose measurement a piece of {@link Evidence} is. */
public enum EvidenceScope {
    /** The diagnosed user's own link or reception. */
    USER,
    /** One or more of the other participants of the same session. */
    SESSION_PEERS,
    /** Other users of the same ISP in the same region at the same time, outside this session. */
    ISP_COHORT,
    /** Other users on the same edge node at the same time, on ISPs other than the diagnosed user's. */
    EDGE_COHORT,
    /** The diagnosed user's device (CPU, frame rate). */
    DEVICE
}
