package io.globaldesk.culture;

/** Whether a reply leads with the answer alone or walks through the root cause and every step taken. */
public enum DetailLevel {
    /** Answer first, in a few lines; details on request. */
    CONCISE,
    /** Root cause, the steps taken and the next steps, in order. */
    STEP_BY_STEP
}
