package io.globaldesk.diagnosis;

/** No quality sample of this user in this session is stored, so there is nothing to diagnose. */
public final class SessionUserNotFoundException extends RuntimeException {
    public SessionUserNotFoundException(String sessionId, String userId) {
        super("no quality samples of user '" + userId + "' in session '" + sessionId
                + "'; a diagnosis needs the user's own samples");
    }
}
