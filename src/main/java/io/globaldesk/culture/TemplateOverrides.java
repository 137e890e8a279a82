package io.globaldesk.culture;

import java.util.Locale;
import java.util.Optional;

/** Patterns administrators set in place of the bundles' ones, looked up before the bundles. */
public interface TemplateOverrides {

    /** The override for the key in the profile (a profile-specific one first) and the locale's language, if any. */
    Optional<String> find(String templateKey, CultureProfileCode profile, Locale locale);
}
