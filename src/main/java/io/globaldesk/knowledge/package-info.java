/**
 * The multilingual knowledge base: articles with a source locale and translations through a localization workflow
 * ({@link io.globaldesk.knowledge.KnowledgeBase}), search with per-language analysis and source-locale fallback
 * ({@link io.globaldesk.knowledge.KnowledgeSearch}), the termbase, XLIFF 2 exchange with translators, safe Markdown
 * rendering and the public help center. Case reviews published by insights become internal articles.
 */
package io.globaldesk.knowledge;
