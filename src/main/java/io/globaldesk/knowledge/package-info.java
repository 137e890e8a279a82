/**
 * The multilingual knowledge base core: a search index per article and locale with per-language analysis, the termbase,
 * XLIFF 2 exchange with translators and safe Markdown rendering. Storage and HTTP come later and call these types.
 */
package io.globaldesk.knowledge;
