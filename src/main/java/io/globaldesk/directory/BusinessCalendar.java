package io.globaldesk.directory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a SupportCenter works: a time zone, weekly working hours (several intervals a day allowed) and holidays.
 * All arithmetic goes through local dates of the zone, so a DST change shortens or lengthens the working day the way the
 * people in that center live it (a 09:00–18:00 day is still 09:00–18:00 on the wall clock). A 24×7 calendar is always open
 * and knows no holidays.
 */
public final class BusinessCalendar {

    /** Searching beyond this for an opening means the calendar effectively never opens again. */
    private static final int MAX_DAYS_SEARCHED = 3 * 366;

    /** One working interval on the given days, {@code from} inclusive, {@code to} exclusive; {@code to} 00:00 means midnight at the day's end. */
    public record WorkingHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        public WorkingHours {
            Objects.requireNonNull(days, "days");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (days.isEmpty()) throw new IllegalArgumentException("working hours need at least one day of the week");
            if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to))
                throw new IllegalArgumentException("working hours must start before they end (from " + from + ", to " + to + ")");
            days = Set.copyOf(days);
        }

        /** Monday to Friday, {@code from}–{@code to}. */
        public static WorkingHours weekdays(LocalTime from, LocalTime to) {
            return new WorkingHours(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), from, to);
        }
    }

    /** A local interval of one day, in seconds of the day; end may be 86 400 (midnight at the day's end). */
    private record Span(int startSecond, int endSecond) {}

    private final ZoneId zone;
    private final List<WorkingHours> workingHours;
    private final Set<LocalDate> holidays;
    private final boolean alwaysOpen;
    private final Map<DayOfWeek, List<Span>> spansByDay;

    private BusinessCalendar(ZoneId zone, List<WorkingHours> workingHours, Set<LocalDate> holidays, boolean alwaysOpen) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.workingHours = List.copyOf(workingHours);
        this.holidays = Set.copyOf(holidays);
        this.alwaysOpen = alwaysOpen;
        this.spansByDay = mergedSpans(this.workingHours);
        if (!alwaysOpen && spansByDay.values().stream().allMatch(List::isEmpty))
            throw new IllegalArgumentException("a business calendar needs at least one working interval");
    }

    /** A calendar of the given working hours and holidays, in {@code zone}. */
    public static BusinessCalendar of(ZoneId zone, Collection<WorkingHours> workingHours, Collection<LocalDate> holidays) {
        return new BusinessCalendar(zone, List.copyOf(workingHours), Set.copyOf(holidays), false);
    }

    /** Open around the clock, every day, no holidays. */
    public static BusinessCalendar twentyFourSeven() {
        return new BusinessCalendar(ZoneOffset.UTC, List.of(), Set.of(), true);
    }

    public ZoneId zone() { return zone; }

    public List<WorkingHours> workingHours() { return workingHours; }

    public Set<LocalDate> holidays() { return holidays; }

    public boolean isTwentyFourSeven() { return alwaysOpen; }

    /** Whether {@code date} (in this calendar's zone) is one of its holidays. */
    public boolean isHoliday(LocalDate date) { return !alwaysOpen && holidays.contains(date); }

    /** Whether the center works at {@code at}. */
    public boolean isOpen(Instant at) {
        if (alwaysOpen) return true;
        LocalDate date = LocalDate.ofInstant(at, zone);
        for (Span span : spansOf(date)) {
            if (!at.isBefore(start(date, span)) && at.isBefore(end(date, span))) return true;
        }
        return false;
    }

    /** {@code at} itself when open, otherwise the next instant the center opens. */
    public Instant nextOpening(Instant at) {
        if (alwaysOpen || isOpen(at)) return at;
        LocalDate date = LocalDate.ofInstant(at, zone);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, date = date.plusDays(1)) {
            for (Span span : spansOf(date)) {
                Instant start = start(date, span);
                if (start.isAfter(at)) return start;
            }
        }
        throw new IllegalStateException("the calendar does not open within " + MAX_DAYS_SEARCHED + " days after " + at);
    }

    /**
     * When the open period containing {@code at} ends, following intervals that touch (12:00–18:00 after 09:00–12:00, or
     * a night shift running past midnight). Empty for a 24×7 calendar, which never closes.
     *
     * @throws IllegalStateException when the center is closed at {@code at}
     */
    public Optional<Instant> currentClosing(Instant at) {
        if (alwaysOpen) return Optional.empty();
        if (!isOpen(at)) throw new IllegalStateException("the center is closed at " + at + "; ask for nextOpening instead");
        Instant closing = at;
        LocalDate date = LocalDate.ofInstant(at, zone);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, date = date.plusDays(1)) {
            for (Span span : spansOf(date)) {
                Instant start = start(date, span);
                Instant end = end(date, span);
                if (start.isAfter(closing)) return Optional.of(closing);
                if (end.isAfter(closing)) closing = end;
            }
        }
        return Optional.of(closing);
    }

    /** Working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration businessDurationBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) return Duration.ZERO;
        if (alwaysOpen) return Duration.between(from, to);
        long seconds = 0;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            for (Span span : spansOf(date)) {
                Instant start = max(start(date, span), from);
                Instant end = min(end(date, span), to);
                if (end.isAfter(start)) seconds += Duration.between(start, end).getSeconds();
            }
        }
        return Duration.ofSeconds(seconds);
    }

    /** The instant at which {@code amount} of working time has passed after {@code from}. */
    public Instant plusBusinessTime(Instant from, Duration amount) {
        if (amount.isNegative()) throw new IllegalArgumentException("business time to add must not be negative: " + amount);
        if (alwaysOpen || amount.isZero()) return from.plus(amount);
        Duration left = amount;
        LocalDate date = LocalDate.ofInstant(from, zone);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, date = date.plusDays(1)) {
            for (Span span : spansOf(date)) {
                Instant start = max(start(date, span), from);
                Instant end = end(date, span);
                if (!end.isAfter(start)) continue;
                Duration available = Duration.between(start, end);
                if (available.compareTo(left) >= 0) return start.plus(left);
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("the calendar does not offer " + amount + " of working time within "
                + MAX_DAYS_SEARCHED + " days after " + from);
    }

    private List<Span> spansOf(LocalDate date) {
        if (holidays.contains(date)) return List.of();
        return spansByDay.get(date.getDayOfWeek());
    }

    private Instant start(LocalDate date, Span span) {
        return atSecondOfDay(date, span.startSecond());
    }

    private Instant end(LocalDate date, Span span) {
        return atSecondOfDay(date, span.endSecond());
    }

    /** A local time skipped by a DST gap resolves to the instant the clocks jump to, as {@code atZone} does. */
    private Instant atSecondOfDay(LocalDate date, int secondOfDay) {
        if (secondOfDay >= 86_400) return date.plusDays(1).atStartOfDay(zone).toInstant();
        return date.atTime(LocalTime.ofSecondOfDay(secondOfDay)).atZone(zone).toInstant();
    }

    private static Map<DayOfWeek, List<Span>> mergedSpans(List<WorkingHours> hours) {
        Map<DayOfWeek, List<Span>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Span> spans = new ArrayList<>();
            for (WorkingHours h : hours) {
                if (!h.days().contains(day)) continue;
                int end = h.to().equals(LocalTime.MIDNIGHT) ? 86_400 : h.to().toSecondOfDay();
                spans.add(new Span(h.from().toSecondOfDay(), end));
            }
            spans.sort(Comparator.comparingInt(Span::startSecond));
            List<Span> merged = new ArrayList<>();
            for (Span s : spans) {
                Span lastSpan = merged.isEmpty() ? null : merged.getLast();
                if (lastSpan != null && s.startSecond() <= lastSpan.endSecond()) {
                    merged.set(merged.size() - 1, new Span(lastSpan.startSecond(), Math.max(lastSpan.endSecond(), s.endSecond())));
                } else {
                    merged.add(s);
                }
            }
            byDay.put(day, List.copyOf(merged));
        }
        return byDay;
    }

    private static Instant max(Instant a, Instant b) { return a.isAfter(b) ? a : b; }

    private static Instant min(Instant a, Instant b) { return a.isBefore(b) ? a : b; }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other && alwaysOpen == other.alwaysOpen && zone.equals(other.zone)
                && spansByDay.equals(other.spansByDay) && holidays.equals(other.holidays);
    }

    @Override
    public int hashCode() { return Objects.hash(zone, spansByDay, holidays, alwaysOpen); }

    @Override
    public String toString() {
        return alwaysOpen ? "BusinessCalendar[24x7]" : "BusinessCalendar[" + zone + ", " + workingHours + ", holidays=" + holidays.size() + "]";
    }
}
