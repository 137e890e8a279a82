package io.globaldesk.routing;

import io.globaldesk.sla.Severity;
import io.globaldesk.directory.Tier;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Synthetic tickets for the follow-the-sun simulation: customers in APAC, EMEA and AMER write during their own local
 * day (a weekday curve peaking late morning and mid-afternoon, a thin night, a quiet weekend), in their languages, with
 * a realistic mix of severities, categories and tiers.
 */
final class TicketWorkload {

    /** One ticket as the world sends it; the same list feeds every routing strategy. */
    record TicketSpec(RoutingRequest request, Instant arrival, Duration respondDelay, Duration work, boolean pendsCustomer,
                      Duration customerReplyDelay) {}

    private record CustomerMarket(String region, ZoneId zone, String language, double weight) {}

    private static final List<CustomerMarket> MARKETS = List.of(
            new CustomerMarket("APAC", ZoneId.of("Asia/Shanghai"), "zh", 12),
            new CustomerMarket("APAC", ZoneId.of("Asia/Tokyo"), "ja", 8),
            new CustomerMarket("APAC", ZoneId.of("Asia/Seoul"), "ko", 4),
            new CustomerMarket("APAC", ZoneId.of("Asia/Singapore"), "en", 5),
            new CustomerMarket("APAC", ZoneId.of("Australia/Sydney"), "en", 4),
            new CustomerMarket("EMEA", ZoneId.of("Europe/Berlin"), "de", 9),
            new CustomerMarket("EMEA", ZoneId.of("Europe/London"), "en", 9),
            new CustomerMarket("EMEA", ZoneId.of("Europe/Paris"), "fr", 7),
            new CustomerMarket("EMEA", ZoneId.of("Europe/Madrid"), "es", 4),
            new CustomerMarket("EMEA", ZoneId.of("Africa/Johannesburg"), "en", 2),
            new CustomerMarket("AMER", ZoneId.of("America/New_York"), "en", 13),
            new CustomerMarket("AMER", ZoneId.of("America/Los_Angeles"), "en", 8),
            new CustomerMarket("AMER", ZoneId.of("America/Sao_Paulo"), "pt", 6),
            new CustomerMarket("AMER", ZoneId.of("America/Mexico_City"), "es", 5));

    /** Relative ticket volume per local hour of a weekday. */
    private static final double[] HOURLY = {
            0.10, 0.08, 0.06, 0.06, 0.08, 0.12, 0.25, 0.50, 0.85, 1.20, 1.35, 1.30,
            1.00, 1.15, 1.30, 1.25, 1.05, 0.80, 0.55, 0.40, 0.30, 0.22, 0.16, 0.12};
    private static final double WEEKEND = 0.3;

    private static final Severity[] SEVERITIES = Severity.values();
    private static final double[] SEVERITY_WEIGHTS = {3, 12, 45, 40};
    private static final List<String> CATEGORIES = CategorySkills.DEFAULT_CATEGORIES;
    private static final double[] CATEGORY_WEIGHTS = {18, 18, 14, 8, 7, 7, 3, 2, 3, 2, 2, 5, 4, 3, 3, 1};
    private static final Tier[] TIERS = {Tier.STANDARD, Tier.PREMIUM, Tier.ENTERPRISE};
    private static final double[] TIER_WEIGHTS = {55, 30, 15};
    /** Minutes of work and of time to the first answer, by severity. */
    private static final int[] WORK_MINUTES = {40, 70, 90, 45};
    private static final int[] RESPOND_MINUTES = {4, 8, 15, 25};
    private static final double PENDING_SHARE = 0.25;

    private TicketWorkload() {}

    static List<TicketSpec> generate(long seed, int count, Instant start, Instant end) {
        Random random = new Random(seed);
        int hours = (int) Duration.between(start, end).toHours();
        double[] cumulative = new double[MARKETS.size() * hours];
        double total = 0;
        for (int m = 0; m < MARKETS.size(); m++) {
            CustomerMarket market = MARKETS.get(m);
            for (int h = 0; h < hours; h++) {
                ZonedDateTime local = start.plus(Duration.ofHours(h)).atZone(market.zone());
                boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
                total += market.weight() * HOURLY[local.getHour()] * (weekend ? WEEKEND : 1.0);
                cumulative[m * hours + h] = total;
            }
        }
        List<TicketSpec> tickets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int cell = pickCell(cumulative, random.nextDouble() * total);
            CustomerMarket market = MARKETS.get(cell / hours);
            Instant arrival = start.plus(Duration.ofHours(cell % hours)).plusSeconds(random.nextInt(3600));
            Severity severity = SEVERITIES[pick(SEVERITY_WEIGHTS, random)];
            RoutingRequest request = new RoutingRequest("T-" + i, severity, CATEGORIES.get(pick(CATEGORY_WEIGHTS, random)),
                    market.language(), TIERS[pick(TIER_WEIGHTS, random)], market.region());
            int s = severity.ordinal();
            tickets.add(new TicketSpec(request, arrival, jitter(RESPOND_MINUTES[s], random), jitter(WORK_MINUTES[s], random),
                    random.nextDouble() < PENDING_SHARE,
                    Duration.ofMinutes(10 + (long) Math.min(24 * 60, -Math.log(1 - random.nextDouble()) * 180))));
        }
        tickets.sort(Comparator.comparing(TicketSpec::arrival));
        return List.copyOf(tickets);
    }

    private static Duration jitter(int minutes, Random random) {
        return Duration.ofSeconds((long) (minutes * 60 * (0.5 + random.nextDouble())));
    }

    private static int pickCell(double[] cumulative, double target) {
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= target) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int pick(double[] weights, Random random) {
        double sum = 0;
        for (double w : weights) sum += w;
        double r = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        return weights.length - 1;
    }
}
