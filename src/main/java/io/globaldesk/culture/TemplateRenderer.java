package io.globaldesk.culture;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.globaldesk.platform.i18n.MessageFormats;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders reply templates from the {@code i18n/culture} bundles with ICU MessageFormat, so plurals follow each
 * language's rules and numbers its conventions. A template is looked up as {@code key.PROFILE}, then {@code key}; a
 * locale without a bundle falls back to English. Date-time arguments are formatted in the profile's date style.
 * Output is plain text: escaping for HTML is the view's job. Arguments are always values, never patterns, so a
 * customer name containing braces is printed as typed.
 */
@Component
public class TemplateRenderer {

    static final String DEFAULT_BASE_NAME = "i18n/culture";

    private final String baseName;
    private TemplateOverrides overrides = (key, profile, locale) -> java.util.Optional.empty();

    public TemplateRenderer() {
        this(DEFAULT_BASE_NAME);
    }

    TemplateRenderer(String baseName) {
        this.baseName = baseName;
    }

    /** Administrators' overrides, consulted before the bundles; without them only the bundles count. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setOverrides(TemplateOverrides overrides) {
        this.overrides = overrides;
    }

    /** The pattern a render would use now: an override, else the bundle's. */
    public String pattern(String templateKey, CultureProfileCode profile, Locale locale) {
        return lookUp(templateKey, profile, locale);
    }

    /** Renders a pattern being edited, for a live preview; an invalid pattern throws IllegalArgumentException. */
    public String preview(String pattern, CultureProfileCode profile, Locale locale, Map<String, ?> args) {
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(locale));
        requireArguments("preview", format, args);
        return format.format(prepare(args, CultureProfiles.of(profile), locale));
    }

    public String render(ReplyTemplate template, CultureProfileCode profile, Locale locale, Map<String, ?> args) {
        return render(template.key(), profile, locale, args);
    }

    /** Renders any template of the bundles, including agent-defined ones, by key. */
    public String render(String templateKey, CultureProfileCode profile, Locale locale, Map<String, ?> args) {
        MessageFormat format = MessageFormats.icu(lookUp(templateKey, profile, locale), locale);
        requireArguments(templateKey, format, args);
        return format.format(prepare(args, CultureProfiles.of(profile), locale));
    }

    /** Greeting, the template and the closing, as the profile's customers expect a whole message to read. */
    public String compose(ReplyTemplate template, CultureProfileCode profile, Locale locale, Map<String, ?> args) {
        return String.join("\n\n",
                render(ReplyTemplate.GREETING, profile, locale, args),
                render(template, profile, locale, args),
                render(ReplyTemplate.CLOSING, profile, locale, args));
    }

    /** Every key of the English (default) bundle, variants included: the set each locale must provide. */
    public Set<String> keys() {
        return new TreeSet<>(bundle(Locale.ROOT).keySet());
    }

    private String lookUp(String templateKey, CultureProfileCode profile, Locale locale) {
        java.util.Optional<String> override = overrides.find(templateKey, profile, locale);
        if (override.isPresent()) {
            return override.get();
        }
        ResourceBundle bundle = bundle(locale);
        for (String key : List.of(templateKey + "." + profile.name(), templateKey)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new IllegalArgumentException("no reply template \"" + templateKey + "\" in " + baseName
                + " for locale " + locale.toLanguageTag() + " (looked for " + templateKey + "." + profile.name()
                + " and " + templateKey + ")");
    }

    private ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the template bundle " + baseName + " is missing from the class path", e);
        }
    }

    private static void requireArguments(String templateKey, MessageFormat format, Map<String, ?> args) {
        Set<String> missing = new TreeSet<>(format.getArgumentNames());
        missing.removeAll(args.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("template \"" + templateKey + "\" needs the arguments " + missing
                    + "; given " + new TreeSet<>(args.keySet()));
        }
    }

    /** Date-times become text in the profile's style; everything else reaches MessageFormat as it is. */
    private static Map<String, Object> prepare(Map<String, ?> args, CultureProfile profile, Locale locale) {
        Map<String, Object> prepared = new HashMap<>(args.size() * 2);
        for (Map.Entry<String, ?> arg : args.entrySet()) {
            Object value = arg.getValue();
            ZonedDateTime at = switch (value) {
                case ZonedDateTime zoned -> zoned;
                case OffsetDateTime offset -> offset.toZonedDateTime();
                case Instant instant -> instant.atZone(ZoneOffset.UTC);
                case null, default -> null;
            };
            prepared.put(arg.getKey(), at != null ? profile.formatDateTime(at, locale) : value);
        }
        return prepared;
    }

    /** Sample arguments that every built-in template accepts, for previews and tests. */
    public static Map<String, Object> sampleArguments(ZonedDateTime at) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("customerName", "Sato");
        args.put("agentName", "Maria");
        args.put("ticketNumber", "GD-1042");
        args.put("summary", "echo on Android 14");
        args.put("rootCause", "AEC was disabled by a custom audio profile");
        args.put("steps", "1. Re-enabled AEC\n2. Verified with a test call");
        args.put("resolvedAt", at);
        args.put("nextUpdateAt", at.plusHours(2));
        args.put("count", 2);
        args.put("items", "- SDK version\n- a session id");
        args.put("fromCenter", "APAC");
        args.put("toCenter", "EMEA");
        args.put("region", "São Paulo");
        args.put("startedAt", at.minusMinutes(40));
        args.put("affectedSessions", 12);
        args.put("durationMinutes", 40);
        args.put("delayMinutes", 25);
        return args;
    }
}
