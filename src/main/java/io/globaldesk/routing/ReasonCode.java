package io.globaldesk.routing;

/**
 * Stable codes of routing reasons. The key names the message in the {@code i18n/routing} bundles; the codes never change
 * meaning, so stored decisions stay readable and every locale can render them.
 */
public enum ReasonCode {
    /** args: agent name, center, score */
    ASSIGNED("routing.assigned"),
    /** args: language */
    PREFERRED_LANGUAGE("routing.preference.language"),
    /** args: center */
    PREFERRED_REGIONAL_CENTER("routing.preference.regional-center"),
    /** args: tier */
    PREFERRED_TIER_FIT("routing.preference.tier-fit"),
    /** args: open load, capacity */
    TIE_LEAST_LOADED("routing.tie.least-loaded"),
    /** args: none */
    TIE_LONGEST_IDLE("routing.tie.longest-idle"),
    /** args: category */
    NO_SKILL_REQUIRED("routing.skill.none-required"),
    /** args: center */
    EXCLUDED_CENTER_CLOSED("routing.excluded.center-closed"),
    /** args: center, date */
    EXCLUDED_CENTER_HOLIDAY("routing.excluded.center-holiday"),
    /** args: center */
    EXCLUDED_UNKNOWN_CENTER("routing.excluded.unknown-center"),
    /** args: none */
    EXCLUDED_AGENT_AWAY("routing.excluded.agent-away"),
    /** args: required skills, category */
    EXCLUDED_MISSING_SKILL("routing.excluded.missing-skill"),
    /** args: open load, capacity */
    EXCLUDED_AT_CAPACITY("routing.excluded.at-capacity"),
    /** args: number of agents considered */
    QUEUED_NO_ELIGIBLE_AGENT("routing.queued.no-eligible-agent"),
    /** args: agent name, center */
    PAGED_ON_CALL("routing.paged-on-call"),
    /** args: center */
    NO_ON_CALL_AGENT("routing.no-on-call-agent");

    private final String key;

    ReasonCode(String key) { this.key = key; }

    /** The message-bundle key. */
    public String key() { return key; }
}
