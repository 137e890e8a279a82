package io.globaldesk.assistant.internal;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import io.globaldesk.platform.i18n.MessageFormats;

/** The assistant's own texts, from the {@code i18n/assistant} bundles; a locale without a bundle reads English. */
public final class AssistantMessages {

    static final String BASE_NAME = "i18n/assistant";

    public String text(String key, Locale locale, Map<String, ?> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return MessageFormats.icu(bundle.getString(key), locale).format(args);
    }

    public String text(String key, Locale locale) {
        return text(key, locale, Map.of());
    }
}
