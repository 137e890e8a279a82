package io.globaldesk.routing;

/** The agent has one of the skills the ticket's category needs. */
final class SkillRule implements HardRule {
    @Override
    public Reason exclusion(int index, AgentState agent, RoutingContext context) {
        if (context.requiredSkills.isEmpty()) return null;
        for (String skill : context.requiredSkills) if (agent.skills().contains(skill)) return null;
        return context.missingSkill;
    }
}
