package io.globaldesk.culture;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;

/**
 * How replies to one market read. The wording itself (greeting, closing, apology, resolution) lives in the
 * {@code i18n/culture} bundles under keys suffixed with the profile code; this record holds what is not wording.
 *
 * @param dateStyle an ICU {@link DateFormat} style ({@link DateFormat#LONG}, {@link DateFormat#MEDIUM}, ...)
 * @param timeStyle an ICU {@link DateFormat} style for the time of day
 */
public record CultureProfile(CultureProfileCode code, Formality formality, DetailLevel detailLevel,
                             int dateStyle, int timeStyle) {

    public CultureProfile {
        Objects.requireNonNull(code, "a culture profile needs its code");
        Objects.requireNonNull(formality, "a culture profile needs a formality");
        Objects.requireNonNull(detailLevel, "a culture profile needs a detail level");
        requireStyle(dateStyle, "date");
        requireStyle(timeStyle, "time");
    }

    /** Whether replies explain the root cause and the steps taken, not only the outcome. */
    public boolean explainsRootCause() {
        return detailLevel == DetailLevel.STEP_BY_STEP;
    }

    /** The date and time in the profile's styles, in the locale's conventions and the instant's own time zone. */
    public String formatDateTime(ZonedDateTime at, Locale locale) {
        DateFormat format = DateFormat.getDateTimeInstance(dateStyle, timeStyle, ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.getTimeZone(at.getZone().getId()));
        return format.format(Date.from(at.toInstant()));
    }

    private static void requireStyle(int style, String what) {
        if (style < DateFormat.FULL || style > DateFormat.SHORT) {
            throw new IllegalArgumentException(
                    "the " + what + " style must be an ICU DateFormat style FULL..SHORT (0..3), was " + style);
        }
    }
}
