package io.globaldesk.knowledge;

/** Where a translation stands in the localization workflow; a locale without a row is missing. */
public enum TranslationState {
    DRAFT, IN_REVIEW, PUBLISHED, OUTDATED
}
