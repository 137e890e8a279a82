package io.globaldesk.routing;

import io.globaldesk.directory.Tier;

/**
 * Senior engineers for the customers who pay for them; Standard tickets lean to the others, which keeps seniors free
 * for Enterprise work.
 */
final class TierFitPreference implements Preference {
    static final int ENTERPRISE_SENIOR = 15;
    static final int PREMIUM_SENIOR = 8;
    static final int STANDARD_NON_SENIOR = 5;

    @Override
    public int score(int index, AgentState agent, RoutingContext context) {
        boolean senior = agent.skills().contains(AgentState.SENIOR_SKILL);
        Tier tier = context.request.tier();
        return switch (tier) {
            case ENTERPRISE -> senior ? ENTERPRISE_SENIOR : 0;
            case PREMIUM -> senior ? PREMIUM_SENIOR : 0;
            case STANDARD -> senior ? 0 : STANDARD_NON_SENIOR;
        };
    }

    @Override
    public Reason reason(AgentState agent, RoutingContext context) {
        return Reason.of(ReasonCode.PREFERRED_TIER_FIT, context.request.tier());
    }
}
