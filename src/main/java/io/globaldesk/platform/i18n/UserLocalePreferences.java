package io.globaldesk.platform.i18n;

import java.util.Locale;
import java.util.UUID;

/** Where a signed-in user's chosen language is kept; the directory module stores it with the user. */
public interface UserLocalePreferences {

    void remember(UUID userId, Locale locale);
}
