package io.globaldesk.simulator;

import java.time.Instant;

/** How busy a region is at an instant: 1.0 at 15:00 local time, 0.2 at 03:00, a smooth day curve between. */
final class Diurnal {
    private Diurnal() {}

    static double factor(Instant at, int utcOffsetMinutes) {
        double localMinutes = Math.floorMod(at.getEpochSecond() / 60 + utcOffsetMinutes, 24 * 60);
        double hoursFromPeak = localMinutes / 60.0 - 15;
        return 0.6 + 0.4 * Math.cos(2 * Math.PI * hoursFromPeak / 24);
    }
}
