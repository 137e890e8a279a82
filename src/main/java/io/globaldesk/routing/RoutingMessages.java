package io.globaldesk.routing;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import io.globaldesk.platform.i18n.MessageFormats;

/**
 * Renders routing texts from the {@code i18n/routing} bundles. The culture module owns real localization; this is the
 * plain look-up the English fallback and the HTTP layer's reason texts need.
 */
public final class RoutingMessages {

    private static final String BUNDLE = "i18n.routing";

    private final ResourceBundle bundle;
    private final Locale locale;

    private RoutingMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static RoutingMessages forLocale(Locale locale) {
        return new RoutingMessages(locale);
    }

    public static RoutingMessages english() {
        return new RoutingMessages(Locale.ENGLISH);
    }

    public String format(String key, Object... args) {
        return MessageFormats.jdk(bundle.getString(key), locale).format(args);
    }

    /** A reason as a sentence in this locale. */
    public String render(Reason reason) {
        List<String> args = reason.args();
        return format(reason.code().key(), args.toArray());
    }
}
