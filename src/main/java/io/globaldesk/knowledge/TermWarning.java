package io.globaldesk.knowledge;

/** A translation that uses a source term without its approved rendering in the target locale. */
public record TermWarning(String sourceTerm, String locale, String approvedTarget) {

    public String message() {
        return "'" + sourceTerm + "' should be rendered as '" + approvedTarget + "' in " + locale;
    }
}
