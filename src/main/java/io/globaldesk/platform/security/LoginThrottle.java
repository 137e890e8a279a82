package io.globaldesk.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.globaldesk.platform.GlobalDeskProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address in a sliding window; past the limit, further attempts
 * are refused until the window has passed, so passwords cannot be guessed at speed.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, GlobalDeskProperties properties) {
        this.clock = clock;
        this.maxFailures = properties.security().maxFailedLogins();
        this.window = Duration.ofMinutes(properties.security().lockoutMinutes());
    }

    public boolean isThrottled(String username, String address) {
        return count(userKey(username)) >= maxFailures || count(addressKey(address)) >= maxFailures * 4;
    }

    public void failed(String username, String address) {
        record(userKey(username));
        record(addressKey(address));
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return 0;
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) times.removeFirst();
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
