package io.globaldesk.platform.i18n;

import java.util.Locale;

import io.globaldesk.platform.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the one the user chose (kept with the user and in the session), else the best match of
 * {@code Accept-Language}, else English. Always one of {@link SupportedLocales#ALL}.
 */
class UserLocaleResolver implements LocaleResolver {

    static final String SESSION_KEY = UserLocaleResolver.class.getName() + ".locale";

    private final UserLocalePreferences preferences;

    UserLocaleResolver(UserLocalePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) return chosen;
        Actor actor = Actor.currentOrNull();
        if (actor != null && actor.locale() != null) return SupportedLocales.closest(actor.locale());
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = SupportedLocales.closest(locale);
        request.getSession(true).setAttribute(SESSION_KEY, chosen);
        Actor actor = Actor.currentOrNull();
        if (actor != null && actor.userId() != null) preferences.remember(actor.userId(), chosen);
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return Locale.ENGLISH;
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) continue;
                String tag = range.getRange();
                if (tag.equals("*")) break;
                if (SupportedLocales.isSupported(tag)) return SupportedLocales.closest(Locale.forLanguageTag(tag));
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header is treated as absent
        }
        return Locale.ENGLISH;
    }
}
