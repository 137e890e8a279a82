package io.globaldesk.simulator;

import java.time.Instant;
import java.util.Objects;

/** A problem the simulator injects; each maps to the diagnosis segment it should be found in. */
public sealed interface Fault {

    /** Every user of {@code isp} in {@code region} loses packets and gains delay between {@code from} and {@code to}. */
    record IspDegradation(String region, String isp, Instant from, Instant to) implements Fault {
        public IspDegradation {
            requireWindow(from, to);
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(isp, "isp");
        }
    }

    /** Every user on {@code edgeNode}, whatever their ISP, loses packets and gains delay between {@code from} and {@code to}. */
    record EdgeOutage(String edgeNode, Instant from, Instant to) implements Fault {
        public EdgeOutage {
            requireWindow(from, to);
            Objects.requireNonNull(edgeNode, "edgeNode");
        }
    }

    /** In {@code sessions} sessions, one user's own network (Wi-Fi, router, coverage) goes bad for the whole call. */
    record LocalNetworkFaults(int sessions) implements Fault {
        public LocalNetworkFaults { requireCount(sessions); }
    }

    /** In {@code sessions} sessions, one user's network or device fails and another, healthy user is the one who complains. */
    record RemotePeerFaults(int sessions) implements Fault {
        public RemotePeerFaults { requireCount(sessions); }
    }

    /** In {@code sessions} sessions, one user's device runs out of CPU and its frame rate collapses. */
    record DeviceOverloads(int sessions) implements Fault {
        public DeviceOverloads { requireCount(sessions); }
    }

    /** Calls of {@code api} from {@code region} fail at {@code errorRate} (0..1) between {@code from} and {@code to}. */
    record ApiErrorSpike(String api, String region, Instant from, Instant to, double errorRate) implements Fault {
        public ApiErrorSpike {
            requireWindow(from, to);
            if (!(errorRate >= 0 && errorRate <= 1)) throw new IllegalArgumentException("errorRate must be within 0..1");
        }
    }

    private static void requireWindow(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a fault window needs from before to, was " + from + " .. " + to);
        }
    }

    private static void requireCount(int sessions) {
        if (sessions < 0) throw new IllegalArgumentException("the number of faulty sessions cannot be negative");
    }
}
