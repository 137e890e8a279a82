/**
 * Language understanding for inbound text: detects which supported language a message is written in and normalises
 * text (width forms, traditional Chinese, control characters, product-term typos) before search and classification.
 */
package io.globaldesk.language;
