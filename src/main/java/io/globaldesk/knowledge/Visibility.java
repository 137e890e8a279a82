package io.globaldesk.knowledge;

/** Who may read a knowledge-base article: everyone (help center, assistant) or agents only. */
public enum Visibility {
    PUBLIC, INTERNAL
}
