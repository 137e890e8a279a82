package io.globaldesk.simulator;

import io.globaldesk.diagnosis.Segment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated call and its ground truth.
 *
 * @param injected    the session-level fault placed in this call ({@code null} when none; regional faults are not listed)
 * @param subjectUserId the user a session-level fault is meant to be diagnosed for ({@code null} when none)
 * @param expected    where each user's problem really is, from the injected causes; a user is left out when a regional
 *                    fault covered only part of their call, since no single verdict is then right
 */
public record SimulatedSession(String sessionId, String appId, Instant start, Instant end, String hostRegion,
                               List<Participant> participants, Segment injected, String subjectUserId,
                               Map<String, Segment> expected) {

    public SimulatedSession {
        participants = List.copyOf(participants);
        expected = Map.copyOf(expected);
    }

    public Optional<Segment> expectedFor(String userId) {
        return Optional.ofNullable(expected.get(userId));
    }
}
