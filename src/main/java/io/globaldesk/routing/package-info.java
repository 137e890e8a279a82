/**
 * Who works a ticket: the routing engine (hard rules, scored preferences, explained decisions), the queue of tickets
 * nobody can take yet, and the follow-the-sun hand-over of open work when a SupportCenter's day ends.
 */
package io.globaldesk.routing;
