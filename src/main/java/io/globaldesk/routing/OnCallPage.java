package io.globaldesk.routing;

/** An S1 nobody on shift can take: the on-call engineer of {@code centerCode} must be paged. */
public record OnCallPage(String agentId, String centerCode, String ticketId) {}
