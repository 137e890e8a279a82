/**
 * Implementation details of the knowledge module: Lucene fields, analyzers, query building, highlighting and re-ranking,
 * Markdown block splitting and hardened XML input. Other modules use the types of {@code io.globaldesk.knowledge} only.
 */
package io.globaldesk.knowledge.internal;
