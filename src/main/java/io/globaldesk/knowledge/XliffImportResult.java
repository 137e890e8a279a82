package io.globaldesk.knowledge;

import java.util.List;

/** All or nothing: either every translation of the document, or every error found in it. */
public sealed interface XliffImportResult {

    record Accepted(List<ImportedTranslation> translations) implements XliffImportResult {
        public Accepted {
            translations = List.copyOf(translations);
        }
    }

    record Rejected(List<XliffError> errors) implements XliffImportResult {
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected import names at least one error");
            }
        }
    }
}
