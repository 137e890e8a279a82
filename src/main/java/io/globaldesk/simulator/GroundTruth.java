package io.globaldesk.simulator;

import io.globaldesk.diagnosis.Segment;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each user's problem really is, read from the causes the simulator placed, never from the generated figures:
 * a user's own fault names their segment; otherwise a peer whose fault breaks the media they send makes it
 * {@code REMOTE_PEER}; otherwise there is no issue. A regional fault covering only part of a call leaves that
 * call's users without a label.
 */
final class GroundTruth {

    private final RegionalFaults regional;

    GroundTruth(RegionalFaults regional) {
        this.regional = regional;
    }

    Map<String, Segment> of(PlannedSession s) {
        Map<String, Segment> expected = new HashMap<>();
        for (PlannedSession.User u : s.users) {
            if (regional.coverage(u, u.join, s.end) == RegionalFaults.Coverage.PARTIAL) return Map.of();
        }
        for (PlannedSession.User u : s.users) {
            Segment own = ownSegment(s, u);
            if (own != null) {
                expected.put(u.participant.userId(), own);
                continue;
            }
            boolean peerBreaksMedia = s.users.stream().anyMatch(p -> p != u && breaksSentMedia(s, p));
            expected.put(u.participant.userId(), peerBreaksMedia ? Segment.REMOTE_PEER : Segment.NO_ISSUE);
        }
        return expected;
    }

    private Segment ownSegment(PlannedSession s, PlannedSession.User u) {
        if (u.impairment != null) return u.impairment.segment();
        return regional.segment(u, u.join, s.end);
    }

    private boolean breaksSentMedia(PlannedSession s, PlannedSession.User u) {
        if (u.impairment != null) return u.impairment.affectsSentMedia();
        return regional.segment(u, u.join, s.end) != null;
    }
}
