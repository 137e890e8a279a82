package io.globaldesk.routing;

import io.globaldesk.sla.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The routing engine: the hard rules exclude, the preferences score, the best score wins; ties go to the least loaded,
 * then to the longest idle. One pass over the agents, so a decision costs O(agents). It reads no clock and writes
 * nothing: {@code at} says when, and the caller applies the decision.
 */
public final class Router {

    private final CategorySkills categorySkills;
    private final List<HardRule> hardRules;
    private final List<Preference> preferences;

    public Router(CategorySkills categorySkills) {
        this(categorySkills, List.of(new OnShiftRule(), new SkillRule(), new CapacityRule()),
                List.of(new LanguagePreference(), new RegionalCenterPreference(), new TierFitPreference()));
    }

    Router(CategorySkills categorySkills, List<HardRule> hardRules, List<Preference> preferences) {
        this.categorySkills = Objects.requireNonNull(categorySkills, "categorySkills");
        this.hardRules = List.copyOf(hardRules);
        this.preferences = List.copyOf(preferences);
    }

    public RoutingDecision decide(RoutingRequest request, RoutingSnapshot snapshot, Instant at) {
        RoutingContext context = new RoutingContext(request, snapshot, at, categorySkills);
        int n = snapshot.agentCount();
        Candidate[] candidates = new Candidate[n];
        int[] scores = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            AgentState agent = snapshot.agentAt(i);
            Reason excluded = firstExclusion(i, agent, context);
            if (excluded != null) {
                candidates[i] = new Candidate(agent.id(), 0, excluded);
                scores[i] = -1;
                continue;
            }
            int score = 0;
            for (Preference p : preferences) score += p.score(i, agent, context);
            scores[i] = score;
            candidates[i] = new Candidate(agent.id(), score, null);
            if (best < 0 || beats(snapshot, i, score, best, scores[best])) best = i;
        }
        List<Candidate> all = List.of(candidates);
        return best < 0 ? queued(request, context, all) : assigned(best, scores, context, all);
    }

    private Reason firstExclusion(int index, AgentState agent, RoutingContext context) {
        for (HardRule rule : hardRules) {
            Reason r = rule.exclusion(index, agent, context);
            if (r != null) return r;
        }
        return null;
    }

    private static boolean beats(RoutingSnapshot snapshot, int i, int score, int best, int bestScore) {
        if (score != bestScore) return score > bestScore;
        AgentState a = snapshot.agentAt(i);
        AgentState b = snapshot.agentAt(best);
        int load = compareLoad(a, b);
        if (load != 0) return load < 0;
        int idle = compareIdle(a, b);
        if (idle != 0) return idle < 0;
        return a.id().compareTo(b.id()) < 0;
    }

    /** Negative when {@code a} carries the smaller share of its capacity (compared without division). */
    private static int compareLoad(AgentState a, AgentState b) {
        return Long.compare((long) a.openLoad() * b.capacity(), (long) b.openLoad() * a.capacity());
    }

    /** Negative when {@code a} has waited longer for a ticket; never assigned counts as longest. */
    private static int compareIdle(AgentState a, AgentState b) {
        if (a.lastAssignedAt() == null || b.lastAssignedAt() == null) {
            return a.lastAssignedAt() == b.lastAssignedAt() ? 0 : a.lastAssignedAt() == null ? -1 : 1;
        }
        return a.lastAssignedAt().compareTo(b.lastAssignedAt());
    }

    private RoutingDecision assigned(int best, int[] scores, RoutingContext context, List<Candidate> candidates) {
        AgentState winner = context.snapshot.agentAt(best);
        List<Reason> reasons = new ArrayList<>(6);
        reasons.add(Reason.of(ReasonCode.ASSIGNED, winner.name(), winner.centerCode(), scores[best]));
        for (Preference p : preferences) {
            if (p.score(best, winner, context) > 0) reasons.add(p.reason(winner, context));
        }
        Reason tie = tieReason(best, scores, context.snapshot);
        if (tie != null) reasons.add(tie);
        if (context.requiredSkills.isEmpty()) reasons.add(Reason.of(ReasonCode.NO_SKILL_REQUIRED, context.request.category()));
        return new RoutingDecision(new RoutingDecision.Assignee(winner.id(), winner.name()), winner.centerCode(), false,
                reasons, candidates, null);
    }

    /** Says how a tie on the best score was broken, or null when the winner scored alone. */
    private static Reason tieReason(int best, int[] scores, RoutingSnapshot snapshot) {
        AgentState winner = snapshot.agentAt(best);
        boolean tied = false;
        boolean brokenByLoad = false;
        for (int i = 0; i < scores.length; i++) {
            if (i == best || scores[i] != scores[best]) continue;
            tied = true;
            if (compareLoad(winner, snapshot.agentAt(i)) != 0) brokenByLoad = true;
        }
        if (!tied) return null;
        return brokenByLoad ? Reason.of(ReasonCode.TIE_LEAST_LOADED, winner.openLoad(), winner.capacity())
                : Reason.of(ReasonCode.TIE_LONGEST_IDLE);
    }

    private RoutingDecision queued(RoutingRequest request, RoutingContext context, List<Candidate> candidates) {
        List<Reason> reasons = new ArrayList<>(3);
        reasons.add(Reason.of(ReasonCode.QUEUED_NO_ELIGIBLE_AGENT, candidates.size()));
        CenterState owner = owningCenter(context);
        OnCallPage page = null;
        if (request.severity() == Severity.S1 && owner != null) {
            if (owner.onCallAgentId() != null) {
                AgentState onCall = context.snapshot.agent(owner.onCallAgentId());
                page = new OnCallPage(owner.onCallAgentId(), owner.code(), request.ticketId());
                reasons.add(Reason.of(ReasonCode.PAGED_ON_CALL, onCall == null ? owner.onCallAgentId() : onCall.name(), owner.code()));
            } else {
                reasons.add(Reason.of(ReasonCode.NO_ON_CALL_AGENT, owner.code()));
            }
        }
        return new RoutingDecision(null, owner == null ? null : owner.code(), true, reasons, candidates, page);
    }

    /** A queued ticket belongs to the customer's regional center when it works, else to one that works, else to the regional one. */
    private static CenterState owningCenter(RoutingContext context) {
        RoutingSnapshot snapshot = context.snapshot;
        CenterState regional = null;
        CenterState open = null;
        for (int c = 0; c < snapshot.centerCount(); c++) {
            CenterState center = snapshot.centerAt(c);
            if (context.regionalAndOpen[c]) return center;
            if (regional == null && center.region().equalsIgnoreCase(String.valueOf(context.request.customerRegion()))) regional = center;
            if (open == null && context.centerExclusion[c] == null) open = center;
        }
        if (open != null) return open;
        if (regional != null) return regional;
        return snapshot.centerCount() == 0 ? null : snapshot.centerAt(0);
    }
}
