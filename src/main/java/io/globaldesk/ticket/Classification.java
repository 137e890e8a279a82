package io.globaldesk.ticket;

import io.globaldesk.sla.Severity;

/**
 * What the classifier suggests for a ticket.
 *
 * @param confidence how likely the category is right, 0..1, calibrated so that about that share of answers given
 *                   with it are correct
 * @param language   BCP 47 tag of the text's language, {@code "und"} when unknown
 */
public record Classification(String category, double confidence, Severity severity, String language) {
}
