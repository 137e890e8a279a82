package io.globaldesk.sla;

import io.globaldesk.directory.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The first-response and resolution clocks of one ticket. Time counts in the policy's coverage: business hours of the
 * given calendar, or around the clock. Time spent pending the customer does not count. The clock is driven by the
 * instants it is given; it never reads the wall clock.
 */
public final class SlaClock {

    private static final double WARNING_FRACTION = 0.8;

    private final String ticketId;
    private final SlaPolicy policy;
    private final BusinessCalendar calendar;
    private final Instant startedAt;
    private final Map<SlaMeasure, Track> tracks = new EnumMap<>(SlaMeasure.class);
    private Instant pausedSince;

    /** One measure's running state: business time paused so far, and when it stopped, if it did. */
    private static final class Track {
        final Duration target;
        Duration paused = Duration.ZERO;
        Instant stoppedAt;
        Instant dueAtStop;
        boolean warned;
        boolean breached;

        Track(Duration target) { this.target = target; }
    }

    /**
     * @param businessHours the customer's regional center calendar; ignored when the policy runs 24×7
     */
    public SlaClock(String ticketId, SlaPolicy policy, BusinessCalendar businessHours, Instant startedAt) {
        this.ticketId = Objects.requireNonNull(ticketId, "ticketId");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = policy.coverage() == SlaPolicy.Coverage.TWENTY_FOUR_SEVEN
                ? BusinessCalendar.twentyFourSeven() : Objects.requireNonNull(businessHours, "businessHours");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        for (SlaMeasure m : SlaMeasure.values()) tracks.put(m, new Track(policy.target(m)));
    }

    public String ticketId() { return ticketId; }

    public SlaPolicy policy() { return policy; }

    public Instant startedAt() { return startedAt; }

    public boolean isPaused() { return pausedSince != null; }

    /** The ticket went pending the customer at {@code at}. */
    public void pause(Instant at) {
        if (pausedSince != null) throw new IllegalStateException("SLA clock of " + ticketId + " is already paused since " + pausedSince);
        if (tracks.get(SlaMeasure.RESOLUTION).stoppedAt != null)
            throw new IllegalStateException("SLA clock of " + ticketId + " cannot pause: the ticket is already resolved");
        checkNotBefore(at);
        pausedSince = at;
    }

    /** The customer answered at {@code at}; the paused span moves every running due time later, unless it was already past. */
    public void resume(Instant at) {
        if (pausedSince == null) throw new IllegalStateException("SLA clock of " + ticketId + " is not paused; it cannot resume");
        if (at.isBefore(pausedSince)) throw new IllegalArgumentException("resume at " + at + " is before the pause at " + pausedSince);
        Duration pausedSpan = calendar.businessDurationBetween(pausedSince, at);
        for (Track t : tracks.values()) {
            if (t.stoppedAt == null && pausedSince.isBefore(dueIfRunning(t))) t.paused = t.paused.plus(pausedSpan);
        }
        pausedSince = null;
    }

    public void recordFirstResponse(Instant at) { stop(SlaMeasure.FIRST_RESPONSE, at); }

    /** Solving also counts as the first response when nobody answered before. */
    public void recordResolution(Instant at) {
        if (pausedSince != null) resume(at);
        if (tracks.get(SlaMeasure.FIRST_RESPONSE).stoppedAt == null) stop(SlaMeasure.FIRST_RESPONSE, at);
        stop(SlaMeasure.RESOLUTION, at);
    }

    /** When the measure is (or was) due; empty while paused and still running. */
    public Optional<Instant> dueAt(SlaMeasure measure) {
        Track t = tracks.get(measure);
        if (t.stoppedAt != null) return Optional.of(t.dueAtStop);
        if (pausedSince != null && pausedSince.isBefore(dueIfRunning(t))) return Optional.empty();
        return Optional.of(dueIfRunning(t));
    }

    public SlaStatus status(SlaMeasure measure, Instant now) {
        Track t = tracks.get(measure);
        Instant until = t.stoppedAt != null ? t.stoppedAt : now;
        Duration elapsed = elapsed(t, until);
        SlaStatus.State state;
        if (t.stoppedAt != null) state = t.stoppedAt.isAfter(t.dueAtStop) ? SlaStatus.State.MISSED : SlaStatus.State.MET;
        else if (elapsed.compareTo(t.target) >= 0) state = SlaStatus.State.BREACHED;
        else if (elapsed.toMillis() >= WARNING_FRACTION * t.target.toMillis()) state = SlaStatus.State.WARNING;
        else state = SlaStatus.State.ON_TRACK;
        return new SlaStatus(measure, state, t.stoppedAt == null && pausedSince != null, t.target, elapsed,
                dueAt(measure).orElse(null));
    }

    /** The warnings and breaches reached by {@code now} that were not reported before; each is reported once. */
    public List<Escalation> escalations(Instant now) {
        List<Escalation> due = new ArrayList<>(2);
        for (Map.Entry<SlaMeasure, Track> e : tracks.entrySet()) {
            Track t = e.getValue();
            if (t.stoppedAt != null) continue;
            SlaStatus.State state = status(e.getKey(), now).state();
            if (!t.warned && (state == SlaStatus.State.WARNING || state == SlaStatus.State.BREACHED)) {
                t.warned = true;
                due.add(Escalation.warning(ticketId, e.getKey(), now));
            }
            if (!t.breached && state == SlaStatus.State.BREACHED) {
                t.breached = true;
                due.add(Escalation.breach(ticketId, e.getKey(), now));
            }
        }
        return due;
    }

    /** The next instant at which {@link #escalations} will have something new, for a scheduler; empty when none or paused. */
    public Optional<Instant> nextEscalationCheck() {
        if (pausedSince != null) return Optional.empty();
        Instant next = null;
        for (Track t : tracks.values()) {
            if (t.stoppedAt != null || t.breached) continue;
            Instant candidate = t.warned ? dueIfRunning(t)
                    : calendar.plusBusinessTime(startedAt, Duration.ofMillis((long) (t.target.toMillis() * WARNING_FRACTION)).plus(t.paused));
            if (next == null || candidate.isBefore(next)) next = candidate;
        }
        return Optional.ofNullable(next);
    }

    private void stop(SlaMeasure measure, Instant at) {
        Track t = tracks.get(measure);
        if (t.stoppedAt != null) throw new IllegalStateException(measure + " of " + ticketId + " was already recorded at " + t.stoppedAt);
        checkNotBefore(at);
        t.dueAtStop = dueIfRunning(t);
        t.stoppedAt = at;
    }

    private Instant dueIfRunning(Track t) {
        return calendar.plusBusinessTime(startedAt, t.target.plus(t.paused));
    }

    private Duration elapsed(Track t, Instant until) {
        Duration elapsed = calendar.businessDurationBetween(startedAt, until).minus(t.paused);
        if (pausedSince != null && t.stoppedAt == null && pausedSince.isBefore(dueIfRunning(t)))
            elapsed = elapsed.minus(calendar.businessDurationBetween(pausedSince, until));
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    private void checkNotBefore(Instant at) {
        if (at.isBefore(startedAt)) throw new IllegalArgumentException("SLA event at " + at + " is before the clock started at " + startedAt);
    }
}
