package io.globaldesk.knowledge;

import java.util.List;

/** The outcome of saving a translation: its new state and the termbase warnings about it (saving never fails on them). */
public record TranslationSaved(long articleId, String locale, TranslationState state, List<TermWarning> warnings) {

    public TranslationSaved {
        warnings = List.copyOf(warnings);
    }
}
