package io.globaldesk.routing;

/** The agent belongs to the center serving the customer's region, while that center works: same time zone, same market. */
final class RegionalCenterPreference implements Preference {
    static final int POINTS = 20;

    @Override
    public int score(int index, AgentState agent, RoutingContext context) {
        int center = context.snapshot.centerIndexOfAgent(index);
        return center >= 0 && context.regionalAndOpen[center] ? POINTS : 0;
    }

    @Override
    public Reason reason(AgentState agent, RoutingContext context) {
        return Reason.of(ReasonCode.PREFERRED_REGIONAL_CENTER, agent.centerCode());
    }
}
