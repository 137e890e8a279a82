/**
 * The assistant: answers customers' questions from the public knowledge base in their language and culture, cites the
 * articles it used, knows when it does not know, and hands the conversation over to a human as a ticket.
 */
package io.globaldesk.assistant;
