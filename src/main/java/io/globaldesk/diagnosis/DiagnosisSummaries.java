package io.globaldesk.diagnosis;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import io.globaldesk.platform.i18n.MessageFormats;

/**
 * Renders a diagnosis summary in a reader's language from the bundles {@code i18n/diagnosis*.properties} (ICU
 * MessageFormat, numbers in the locale's style). A language without a bundle gets English, whatever the JVM's locale.
 */
public final class DiagnosisSummaries {

    private static final String BUNDLE = "i18n.diagnosis";
    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String summary(Diagnosis diagnosis, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_JVM_LOCALE_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(diagnosis.summaryKey());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("summary key '" + diagnosis.summaryKey() + "' is missing from " + BUNDLE
                    + " for " + locale + "; every key must exist in every bundle", e);
        }
        return MessageFormats.icu(pattern, locale).format(diagnosis.summaryArgs());
    }
}
