package io.globaldesk.routing;

import io.globaldesk.directory.BusinessCalendar;
import io.globaldesk.routing.TicketWorkload.TicketSpec;
import io.globaldesk.sla.SlaAttainmentReport;
import io.globaldesk.sla.SlaClock;
import io.globaldesk.sla.SlaMeasure;
import io.globaldesk.sla.SlaOutcome;
import io.globaldesk.sla.SlaPolicies;
import io.globaldesk.sla.SlaStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A discrete-event simulation of a support desk over a moved clock: nothing sleeps, time jumps from event to event.
 * Work model, the same for every strategy: an engineer works at most {@link SimulatedRoster#CAPACITY} tickets at once,
 * further ones wait in the engineer's own backlog in arrival order; work progresses only while the owner is on shift;
 * an owner without the category's skill takes twice as long, one who does not speak the ticket's language a quarter
 * longer; a ticket pending the customer makes no progress and its SLA clock is paused.
 */
final class FollowTheSunSimulation {

    enum Strategy {
        /** The router, the queue and the follow-the-sun hand-over. */
        GLOBALDESK,
        /** Next agent in turn at arrival; no skills, shifts or capacity; owners keep their tickets overnight. */
        ROUND_ROBIN
    }

    record Result(Strategy strategy, SlaAttainmentReport report, int solved, int assignments, int offShiftAssignments,
                  int handovers, int pages, int maxQueue, int invariantChecks, int invariantViolations,
                  List<String> firstViolations) {}

    static final Duration HANDOVER_GRACE = Duration.ofMinutes(15);
    private static final Duration AUDIT_EVERY = Duration.ofMinutes(5);

    private enum Kind { CENTER_CLOSES, CENTER_OPENS, ARRIVAL, FIRST_RESPONSE, WORK_DONE, CUSTOMER_REPLY, AUDIT }

    private record Event(Instant at, long seq, Kind kind, Ticket ticket, int version, CenterState center) {}

    /** One ticket's life in the simulation. */
    private static final class Ticket {
        final TicketSpec spec;
        SlaClock sla;
        String owner;
        String lastCenter;
        Instant exposedFrom;
        Instant workingSince;
        Duration remaining;
        boolean responded;
        boolean pending;
        boolean pendedOnce;
        boolean solved;
        boolean active;
        int version;

        Ticket(TicketSpec spec) {
            this.spec = spec;
            this.remaining = spec.work();
        }
    }

    private final Strategy strategy;
    private final List<TicketSpec> specs;
    private final List<CenterState> centers;
    private final Map<String, CenterState> centerByCode = new HashMap<>();
    private final Map<String, AgentState> agents = new HashMap<>();
    private final List<String> agentOrder = new ArrayList<>();
    private final Instant start;
    private final Instant end;
    private final SlaPolicies policies = SlaPolicies.defaults();
    private final Router router = new Router(CategorySkills.defaults());
    private final CategorySkills categorySkills = CategorySkills.defaults();
    private final HandoverPlanner planner = new HandoverPlanner(router);
    private final RoutingQueue queue = new RoutingQueue();
    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparing(Event::at).thenComparingLong(Event::seq));
    private final List<Ticket> tickets = new ArrayList<>();
    private final Map<String, Ticket> ticketById = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Instant> lastClosing = new HashMap<>();
    private final Map<String, Integer> activeCount = new HashMap<>();
    private final Map<String, PriorityQueue<Ticket>> backlog = new HashMap<>();
    private int violationCount;
    private long seq;
    private int roundRobin;
    private int assignments, offShiftAssignments, handovers, pages, maxQueue, checks, solved;

    private FollowTheSunSimulation(Strategy strategy, List<TicketSpec> specs, List<AgentState> roster,
                                   List<CenterState> centers, Instant start, Instant end) {
        this.strategy = strategy;
        this.specs = specs;
        this.centers = centers;
        this.start = start;
        this.end = end;
        for (CenterState c : centers) centerByCode.put(c.code(), c);
        for (AgentState a : roster) {
            agents.put(a.id(), a);
            agentOrder.add(a.id());
            activeCount.put(a.id(), 0);
            backlog.put(a.id(), new PriorityQueue<>(Comparator.comparing((Ticket t) -> t.spec.arrival())));
        }
    }

    static Result run(Strategy strategy, List<TicketSpec> specs, List<AgentState> roster, List<CenterState> centers,
                      Instant start, Instant end) {
        return new FollowTheSunSimulation(strategy, specs, roster, centers, start, end).run();
    }

    private Result run() {
        for (TicketSpec spec : specs) {
            Ticket t = new Ticket(spec);
            tickets.add(t);
            ticketById.put(spec.request().ticketId(), t);
            schedule(spec.arrival(), Kind.ARRIVAL, t, 0, null);
        }
        for (CenterState c : centers) {
            lastClosing.put(c.code(), closingBefore(c.calendar(), start));
            scheduleShiftChanges(c);
        }
        for (Instant at = start; at.isBefore(end); at = at.plus(AUDIT_EVERY)) schedule(at, Kind.AUDIT, null, 0, null);
        while (!events.isEmpty() && events.peek().at().isBefore(end)) {
            Event e = events.poll();
            if (e.ticket() != null && e.kind() != Kind.ARRIVAL && e.kind() != Kind.CUSTOMER_REPLY && e.version() != e.ticket().version) continue;
            handle(e);
        }
        return new Result(strategy, SlaAttainmentReport.of(outcomes()), solved, assignments, offShiftAssignments, handovers,
                pages, maxQueue, checks, violationCount, List.copyOf(violations));
    }

    private void handle(Event e) {
        Instant now = e.at();
        switch (e.kind()) {
            case ARRIVAL -> arrive(e.ticket(), now);
            case FIRST_RESPONSE -> respond(e.ticket(), now);
            case WORK_DONE -> solve(e.ticket(), now);
            case CUSTOMER_REPLY -> customerReplies(e.ticket(), now);
            case CENTER_CLOSES -> centerCloses(e.center(), now);
            case CENTER_OPENS -> dispatch(now);
            case AUDIT -> audit(now);
        }
    }

    private void arrive(Ticket t, Instant now) {
        RoutingRequest request = t.spec.request();
        BusinessCalendar regional = regionalCenter(request).calendar();
        t.sla = new SlaClock(request.ticketId(), policies.policyFor(request.severity(), request.tier()), regional, now);
        t.lastCenter = regionalCenter(request).code();
        if (strategy == Strategy.ROUND_ROBIN) {
            assign(t, agentOrder.get(roundRobin++ % agentOrder.size()), now);
            return;
        }
        RoutingDecision decision = router.decide(request, snapshot(), now);
        if (decision.pageOnCall() != null) pages++;
        if (decision.assigned()) assign(t, decision.assignee().id(), now);
        else enqueue(t, now);
    }

    private void respond(Ticket t, Instant now) {
        if (t.solved || t.responded) return;
        t.responded = true;
        t.sla.recordFirstResponse(now);
        if (t.spec.pendsCustomer() && !t.pendedOnce) {
            stopWork(t, now);
            t.pendedOnce = true;
            t.pending = true;
            t.sla.pause(now);
            schedule(now.plus(t.spec.customerReplyDelay()), Kind.CUSTOMER_REPLY, t, 0, null);
            pullBacklog(t.owner, now);
        }
    }

    private void customerReplies(Ticket t, Instant now) {
        if (t.solved || !t.pending) return;
        t.pending = false;
        t.sla.resume(now);
        t.exposedFrom = now;
        if (strategy == Strategy.GLOBALDESK && !onShift(t.owner, now)) {
            handOver(List.of(owned(t)), now);
            dispatch(now);
        } else {
            activate(t, now);
        }
    }

    private void solve(Ticket t, Instant now) {
        stopWork(t, now);
        t.solved = true;
        solved++;
        t.sla.recordResolution(now);
        release(t.owner);
        pullBacklog(t.owner, now);
        if (strategy == Strategy.GLOBALDESK) dispatch(now);
    }

    private void centerCloses(CenterState center, Instant now) {
        lastClosing.put(center.code(), now);
        scheduleAudit(now.plus(HANDOVER_GRACE).plusSeconds(1));
        if (strategy == Strategy.ROUND_ROBIN) return;
        List<OwnedTicket> owned = new ArrayList<>();
        for (Ticket t : tickets) {
            if (t.owner != null && !t.solved && agents.get(t.owner).centerCode().equals(center.code())) owned.add(owned(t));
        }
        handOver(owned, now);
        dispatch(now);
    }

    private void handOver(List<OwnedTicket> owned, Instant now) {
        HandoverPlan plan = planner.plan(owned, snapshot(), now);
        for (Handover h : plan.handovers()) {
            Ticket t = ticketById.get(h.ticket().ticketId());
            handovers++;
            stopWork(t, now);
            backlog.get(t.owner).remove(t);
            release(t.owner);
            t.owner = null;
            if (h.decision().pageOnCall() != null) pages++;
            if (h.decision().assigned()) assign(t, h.decision().assignee().id(), now);
            else enqueue(t, now);
        }
    }

    private void dispatch(Instant now) {
        if (strategy != Strategy.GLOBALDESK || queue.size() == 0) return;
        for (RoutingQueue.Assignment a : queue.dispatch(router, snapshot(), now).assignments()) {
            assign(ticketById.get(a.ticket().ticketId()), a.decision().assignee().id(), now);
        }
    }

    private void enqueue(Ticket t, Instant now) {
        SlaMeasure next = t.responded ? SlaMeasure.RESOLUTION : SlaMeasure.FIRST_RESPONSE;
        queue.enqueue(new QueuedTicket(t.spec.request(), t.sla.dueAt(next).orElse(null), now));
        maxQueue = Math.max(maxQueue, queue.size());
    }

    private void assign(Ticket t, String agentId, Instant now) {
        assignments++;
        if (!onShift(agentId, now)) offShiftAssignments++;
        AgentState agent = agents.get(agentId);
        agents.put(agentId, agent.withAssignment(now));
        t.owner = agentId;
        t.lastCenter = agent.centerCode();
        t.exposedFrom = now;
        activate(t, now);
    }

    /** Starts work when the owner has a free hand, otherwise the ticket waits in the owner's backlog. */
    private void activate(Ticket t, Instant now) {
        if (activeCount.get(t.owner) < SimulatedRoster.CAPACITY) startWork(t, now);
        else backlog.get(t.owner).add(t);
    }

    private void pullBacklog(String agentId, Instant now) {
        PriorityQueue<Ticket> waiting = backlog.get(agentId);
        while (!waiting.isEmpty() && activeCount.get(agentId) < SimulatedRoster.CAPACITY) startWork(waiting.poll(), now);
    }

    private void release(String agentId) {
        if (agentId != null) agents.put(agentId, agents.get(agentId).withRelease());
    }

    /** The owner's pace: a missing skill doubles the work, a foreign language adds a quarter. */
    private double pace(Ticket t) {
        AgentState owner = agents.get(t.owner);
        RoutingRequest r = t.spec.request();
        boolean skilled = categorySkills.skillsFor(r.category()).isEmpty()
                || categorySkills.skillsFor(r.category()).stream().anyMatch(owner.skills()::contains);
        boolean speaks = r.language() == null || owner.languages().contains(r.language());
        return (skilled ? 1.0 : 2.0) * (speaks ? 1.0 : 1.25);
    }

    private void startWork(Ticket t, Instant now) {
        BusinessCalendar calendar = ownerCalendar(t);
        t.version++;
        t.workingSince = now;
        t.active = true;
        activeCount.merge(t.owner, 1, Integer::sum);
        if (!t.responded) schedule(calendar.plusBusinessTime(now, t.spec.respondDelay()), Kind.FIRST_RESPONSE, t, t.version, null);
        Duration time = Duration.ofSeconds((long) Math.ceil(t.remaining.getSeconds() * pace(t)));
        schedule(calendar.plusBusinessTime(now, time), Kind.WORK_DONE, t, t.version, null);
    }

    private void stopWork(Ticket t, Instant now) {
        t.version++;
        if (t.active) activeCount.merge(t.owner, -1, Integer::sum);
        t.active = false;
        if (t.workingSince == null || t.owner == null) return;
        Duration spent = ownerCalendar(t).businessDurationBetween(t.workingSince, now);
        Duration progress = Duration.ofSeconds((long) (spent.getSeconds() / pace(t)));
        t.remaining = t.remaining.minus(progress).isNegative() ? Duration.ZERO : t.remaining.minus(progress);
        t.workingSince = null;
    }

    /**
     * The hand-over invariant: an open S1/S2 ticket (not pending) whose owner is off shift has been exposed since the
     * later of its owner's shift end, its assignment and the customer's last answer; that may last 15 minutes at most.
     */
    private void audit(Instant now) {
        checks++;
        for (Ticket t : tickets) {
            if (t.owner == null || t.solved || t.pending || t.sla == null) continue;
            if (t.spec.request().severity().ordinal() > 1 || onShift(t.owner, now)) continue;
            Instant since = latest(t.exposedFrom, lastClosing.get(agents.get(t.owner).centerCode()));
            if (Duration.between(since, now).compareTo(HANDOVER_GRACE) <= 0) continue;
            violationCount++;
            if (violations.size() < 20) {
                violations.add(t.spec.request().ticketId() + " " + t.spec.request().severity() + " owned by off-shift "
                        + t.owner + " since " + since + " at " + now);
            }
        }
    }

    /** When the center last closed before {@code now}, found by stepping back a quarter-hour at a time. */
    private static Instant closingBefore(BusinessCalendar calendar, Instant now) {
        Instant probe = now;
        for (int i = 0; i < 14 * 24 * 4; i++) {
            probe = probe.minus(Duration.ofMinutes(15));
            if (calendar.isOpen(probe)) return calendar.currentClosing(probe).orElse(now);
        }
        return now;
    }

    private List<SlaOutcome> outcomes() {
        List<SlaOutcome> outcomes = new ArrayList<>();
        for (Ticket t : tickets) {
            if (t.sla == null) continue;
            for (SlaMeasure m : SlaMeasure.values()) {
                SlaStatus.State state = t.sla.status(m, end).state();
                if (state == SlaStatus.State.ON_TRACK || state == SlaStatus.State.WARNING) continue;
                RoutingRequest r = t.spec.request();
                outcomes.add(new SlaOutcome(t.lastCenter, r.severity(), r.tier(), m, state == SlaStatus.State.MET));
            }
        }
        return outcomes;
    }

    private OwnedTicket owned(Ticket t) {
        List<ArticleView> articles = new ArrayList<>();
        articles.add(new ArticleView(ArticleView.Author.CUSTOMER, false, t.spec.request().category() + " problem", t.spec.arrival()));
        if (t.responded) articles.add(new ArticleView(ArticleView.Author.AGENT, false, "Looking into it.", t.spec.arrival()));
        SlaMeasure next = t.responded ? SlaMeasure.RESOLUTION : SlaMeasure.FIRST_RESPONSE;
        return new OwnedTicket(t.spec.request(), t.owner, t.pending, t.sla.dueAt(next).orElse(null), articles);
    }

    /** The open load routing sees is what the agent has to work on: tickets pending the customer do not count. */
    private RoutingSnapshot snapshot() {
        List<AgentState> list = new ArrayList<>(agentOrder.size());
        for (String id : agentOrder) {
            AgentState a = agents.get(id);
            int open = activeCount.get(id) + backlog.get(id).size();
            list.add(new AgentState(a.id(), a.name(), a.centerCode(), a.languages(), a.skills(), a.capacity(), open, a.away(),
                    a.absences(), a.lastAssignedAt()));
        }
        return RoutingSnapshot.of(list, centers);
    }

    /** Judged from the center's calendar directly, independent of the router's own rule. */
    private boolean onShift(String agentId, Instant at) {
        return agentId != null && centerByCode.get(agents.get(agentId).centerCode()).calendar().isOpen(at);
    }

    private BusinessCalendar ownerCalendar(Ticket t) {
        return centerByCode.get(agents.get(t.owner).centerCode()).calendar();
    }

    private CenterState regionalCenter(RoutingRequest r) {
        for (CenterState c : centers) if (c.region().equals(r.customerRegion())) return c;
        return centers.getFirst();
    }

    private void scheduleShiftChanges(CenterState center) {
        BusinessCalendar calendar = center.calendar();
        Instant t = start;
        while (t.isBefore(end)) {
            if (calendar.isOpen(t)) {
                t = calendar.currentClosing(t).orElse(end);
                schedule(t, Kind.CENTER_CLOSES, null, 0, center);
            } else {
                t = calendar.nextOpening(t);
                schedule(t, Kind.CENTER_OPENS, null, 0, center);
            }
        }
    }

    private void scheduleAudit(Instant at) { schedule(at, Kind.AUDIT, null, 0, null); }

    private void schedule(Instant at, Kind kind, Ticket ticket, int version, CenterState center) {
        events.add(new Event(at, seq++, kind, ticket, version, center));
    }

    private static Instant latest(Instant a, Instant b) { return a.isAfter(b) ? a : b; }
}
