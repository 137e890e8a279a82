package io.globaldesk.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on outgoing webhooks: {@code sha256=} and the hex HMAC-SHA256, keyed with the shared secret, of
 * {@code "<X-GlobalDesk-Timestamp>.<body>"}. Receivers verify it with {@link #verify} and refuse stale timestamps so a
 * captured request cannot be replayed later.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-GlobalDesk-Signature";
    public static final String TIMESTAMP_HEADER = "X-GlobalDesk-Timestamp";
    public static final String EVENT_ID_HEADER = "X-GlobalDesk-Event-Id";
    public static final String EVENT_TYPE_HEADER = "X-GlobalDesk-Event";

    private WebhookSignature() {
    }

    /** The header value for {@code body} sent at {@code epochSeconds}. */
    public static String sign(String secret, long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Whether {@code signatureHeader} signs {@code body} at {@code timestampHeader} with {@code secret}, and the timestamp
     * lies within {@code tolerance} of {@code now}. Compares in constant time.
     */
    public static boolean verify(String secret, String timestampHeader, String body, String signatureHeader,
                                 Instant now, Duration tolerance) {
        if (secret == null || timestampHeader == null || body == null || signatureHeader == null) return false;
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) return false;
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
