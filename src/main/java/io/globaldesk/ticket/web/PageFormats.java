package io.globaldesk.ticket.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers as the viewer's locale writes them, in the viewer's time zone; the templates call it as {@code fmt}. */
record PageFormats(Locale locale, ZoneId zone) {

    public String date(Instant instant) {
        if (instant == null) return "";
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)) + " " + zone.getId();
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(fraction);
    }
}
