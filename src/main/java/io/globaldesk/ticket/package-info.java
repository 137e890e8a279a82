/**
 * Tickets: severity, categories and, in this first phase, the classifier that predicts a new ticket's category and
 * suggested severity from its subject and body in any supported language, learning from solved and imported tickets.
 */
package io.globaldesk.ticket;
