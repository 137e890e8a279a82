package io.globaldesk.platform.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import io.globaldesk.platform.GlobalDeskProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T03:00:00Z"));
    final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };
    final LoginThrottle throttle = new LoginThrottle(clock,
            new GlobalDeskProperties(Path.of("data"), false, new GlobalDeskProperties.Security("", 5, 15)));

    @Test
    void throttlesAUserAfterFiveFailuresAndReleasesAfterTheWindow() {
        for (int i = 0; i < 4; i++) throttle.failed("Ken@Example.com", "10.0.0.1");
        assertThat(throttle.isThrottled("ken@example.com", "10.0.0.9")).isFalse();
        throttle.failed("ken@example.com", "10.0.0.1");
        assertThat(throttle.isThrottled("KEN@example.com", "10.0.0.9")).isTrue();
        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(throttle.isThrottled("ken@example.com", "10.0.0.9")).isFalse();
    }

    @Test
    void throttlesAnAddressThatTriesManyNames() {
        for (int i = 0; i < 20; i++) throttle.failed("user" + i + "@example.com", "203.0.113.7");
        assertThat(throttle.isThrottled("someone.new@example.com", "203.0.113.7")).isTrue();
        assertThat(throttle.isThrottled("someone.new@example.com", "198.51.100.1")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheUsersFailures() {
        for (int i = 0; i < 4; i++) throttle.failed("ana@example.com", "10.0.0.2");
        throttle.succeeded("ana@example.com");
        throttle.failed("ana@example.com", "10.0.0.2");
        assertThat(throttle.isThrottled("ana@example.com", "10.0.0.3")).isFalse();
    }
}
