package io.globaldesk.diagnosis;

/** Where a call-quality problem is, as named in the API contract (Diagnosis). */
public enum Segment { LOCAL_NETWORK, REMOTE_PEER, ISP, EDGE_NODE, DEVICE, NO_ISSUE }
