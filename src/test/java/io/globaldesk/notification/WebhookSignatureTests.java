package io.globaldesk.notification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void signsTheTimestampDotBodyWithHmacSha256() {
        // reference: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertThat(WebhookSignature.sign("secret", 1700000000L, "{\"a\":1}"))
                .isEqualTo("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
    }

    @Test
    void verifiesItsOwnSignature() {
        long ts = NOW.getEpochSecond();
        String signature = WebhookSignature.sign("s3cret", ts, "{\"incident\":\"x\"}");
        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts), "{\"incident\":\"x\"}", signature, NOW, TOLERANCE)).isTrue();
    }

    @Test
    void refusesATamperedBodyAWrongSecretAndAStaleTimestamp() {
        long ts = NOW.getEpochSecond();
        String signature = WebhookSignature.sign("s3cret", ts, "{\"n\":1}");
        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts), "{\"n\":2}", signature, NOW, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("other", Long.toString(ts), "{\"n\":1}", signature, NOW, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts), "{\"n\":1}", signature,
                NOW.plus(Duration.ofMinutes(6)), TOLERANCE)).isFalse();
        // a replay with a fresh timestamp but the old signature
        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts + 60), "{\"n\":1}", signature, NOW, TOLERANCE)).isFalse();
    }

    @Test
    void refusesMalformedHeaders() {
        assertThat(WebhookSignature.verify("s", "not-a-number", "{}", "sha256=00", NOW, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("s", null, "{}", "sha256=00", NOW, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("s", Long.toString(NOW.getEpochSecond()), "{}", "", NOW, TOLERANCE)).isFalse();
    }
}
