package io.globaldesk.ticket;

/** How a ticket reached us. PROACTIVE tickets are opened by GlobalDesk itself, before the customer writes. */
public enum Channel { EMAIL, CHAT, WEB, PHONE, API, PROACTIVE }
