package io.globaldesk.ticket;

/** Who wrote an article. */
public enum AuthorType { CUSTOMER, AGENT, SYSTEM, ASSISTANT }
