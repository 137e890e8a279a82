package io.globaldesk.diagnosis.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers and times in the reader's locale, for the session templates (times in UTC, as the telemetry is). */
record Formats(Locale locale) {

    public String time(Instant instant) {
        if (instant == null) return "";
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(instant) + " UTC";
    }

    public String num(Number value, int digits) {
        if (value == null || (value instanceof Double d && !Double.isFinite(d))) return "–";
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(digits);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    public String percent(double fraction) {
        return NumberFormat.getPercentInstance(locale).format(fraction);
    }
}
