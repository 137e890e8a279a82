package io.globaldesk.culture;

/**
 * The built-in reply templates and the bundle key of each. A bundle may hold a variant per profile under
 * {@code key.PROFILE}, e.g. {@code ticket.resolved.JAPAN}.
 */
public enum ReplyTemplate {
    TICKET_RESOLVED("ticket.resolved"),
    FIRST_REPLY("ticket.firstReply"),
    NEED_MORE_INFO("ticket.needMoreInfo"),
    HANDOVER("ticket.handover"),
    INCIDENT_NOTICE("incident.notice"),
    INCIDENT_RESOLVED("incident.resolved"),
    SLA_APOLOGY("sla.apology");

    /** Opens every composed reply; argument {@code customerName}. */
    public static final String GREETING = "phrase.greeting";
    /** Closes every composed reply; argument {@code agentName}. */
    public static final String CLOSING = "phrase.closing";

    private final String key;

    ReplyTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
