/**
 * The feedback loop: topics and rising themes in tickets and assistant questions, satisfaction, documentation gaps,
 * feedback items for product, R&D and docs, case reviews shared across regions, and article recommendations.
 */
package io.globaldesk.insights;
