package io.globaldesk.simulator;

import io.globaldesk.diagnosis.Segment;

import java.time.Instant;
import java.util.List;

/** A session while the simulator builds it: participants with their profiles, and the fault assigned to it, if any. */
final class PlannedSession {

    /** A participant with what only the simulator knows about them. */
    static final class User {
        final Participant participant;
        final LinkProfile profile;
        final Instant join;
        Impairment impairment;

        User(Participant participant, LinkProfile profile, Instant join) {
            this.participant = participant;
            this.profile = profile;
            this.join = join;
        }
    }

    final int index;
    final Instant start;
    final Instant end;
    final String hostRegion;
    final List<User> users;
    String sessionId;
    String appId;
    Segment injected;
    String subjectUserId;

    PlannedSession(int index, Instant start, Instant end, String hostRegion, List<User> users) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.hostRegion = hostRegion;
        this.users = List.copyOf(users);
    }

    boolean touchesRegion(String region, Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from)
                && users.stream().anyMatch(u -> u.participant.region().equals(region));
    }
}
