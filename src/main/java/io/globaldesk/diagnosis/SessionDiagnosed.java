package io.globaldesk.diagnosis;

/** A user of a session was diagnosed (on request or for a ticket). */
public record SessionDiagnosed(String sessionId, String userId, Segment segment) {
}
