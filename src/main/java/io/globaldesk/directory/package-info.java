/**
 * Who is who: support centers with their time zones, working hours and holidays, customer organizations and their
 * contacts, agents with languages, skills and capacity, teams, and the users and API tokens that sign in.
 */
package io.globaldesk.directory;
