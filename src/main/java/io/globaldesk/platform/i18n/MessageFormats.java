package io.globaldesk.platform.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.ibm.icu.util.ULocale;

/**
 * Parsed message formats, kept per pattern and locale. Parsing a pattern costs more than formatting it, and the same
 * few patterns (a mail's subject, greeting and closing, a routing reason) are formatted for every ticket. Formats are
 * not thread-safe, so each use gets a copy of the parsed one. Patterns are the cache key, so an edited template (an
 * administrator's override) is simply a new entry; the cache forgets everything once it holds {@link #MAX_ENTRIES}, which
 * bounds what a stream of one-off patterns (live previews) can keep.
 */
public final class MessageFormats {

    static final int MAX_ENTRIES = 2_048;

    private record Key(String pattern, Locale locale) {
    }

    private static final Map<Key, java.text.MessageFormat> JDK = new ConcurrentHashMap<>();
    private static final Map<Key, com.ibm.icu.text.MessageFormat> ICU = new ConcurrentHashMap<>();

    private MessageFormats() {
    }

    /** A {@link java.text.MessageFormat} of {@code pattern} in {@code locale}, the caller's own to use. */
    public static java.text.MessageFormat jdk(String pattern, Locale locale) {
        return (java.text.MessageFormat) parsed(JDK, new Key(pattern, locale),
                k -> new java.text.MessageFormat(k.pattern(), k.locale())).clone();
    }

    /** An ICU {@link com.ibm.icu.text.MessageFormat} of {@code pattern} in {@code locale}, the caller's own to use. */
    public static com.ibm.icu.text.MessageFormat icu(String pattern, Locale locale) {
        return (com.ibm.icu.text.MessageFormat) parsed(ICU, new Key(pattern, locale),
                k -> new com.ibm.icu.text.MessageFormat(k.pattern(), ULocale.forLocale(k.locale()))).clone();
    }

    /** How many parsed formats are kept, of both kinds. */
    static int size() {
        return JDK.size() + ICU.size();
    }

    private static <F> F parsed(Map<Key, F> cache, Key key, Function<Key, F> parse) {
        F format = cache.get(key);
        if (format != null) return format;
        format = parse.apply(key);  // an invalid pattern throws here and is not kept
        if (cache.size() >= MAX_ENTRIES) cache.clear();
        cache.putIfAbsent(key, format);
        return format;
    }
}
