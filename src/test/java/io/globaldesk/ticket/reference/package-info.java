/**
 * The ticket classifier as it was before its hot path was made cheaper (commit 5e0db87): verbatim copies of
 * TicketClassifier, Keywords, CategoryKeywordRules, SeverityRules, TicketFeatures, NaiveBayesModel and, from the
 * language module, TextNormalizer and Truncation. Only the package, imports, a dropped {@code @Component}, wider
 * visibility and {@code join(subject, body)} in place of the package-private {@code LabelledTicket.text()} differ,
 * so a diff against {@code git show 5e0db87:<file>} shows nothing else. They are the oracle of
 * {@code ClassifierEquivalenceTests} and the "before" side of {@code ClassifierBenchmark}: never optimise them.
 */
package io.globaldesk.ticket.reference;
