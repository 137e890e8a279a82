package io.globaldesk.routing;

/** The agent speaks the ticket's language; weighs most, since a customer answered in their own language is served best. */
final class LanguagePreference implements Preference {
    static final int POINTS = 40;

    @Override
    public int score(int index, AgentState agent, RoutingContext context) {
        String language = context.request.language();
        return language != null && agent.languages().contains(language) ? POINTS : 0;
    }

    @Override
    public Reason reason(AgentState agent, RoutingContext context) {
        return Reason.of(ReasonCode.PREFERRED_LANGUAGE, context.request.language());
    }
}
