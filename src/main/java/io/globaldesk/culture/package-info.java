/**
 * Culture-aware communication: a profile per market (tone, formality, detail level, date style), the mapping of a
 * customer's country and locale to its profile and support region, and reply templates rendered per profile and locale.
 */
package io.globaldesk.culture;
