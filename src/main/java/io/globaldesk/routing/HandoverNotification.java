package io.globaldesk.routing;

/** Tell an agent about a hand-over: the one whose shift ended ({@code OUTGOING}) or the one who takes over ({@code INCOMING}). */
public record HandoverNotification(String recipientAgentId, Role role, HandoverNote note) {
    public enum Role { OUTGOING, INCOMING }
}
