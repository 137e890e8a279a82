package io.globaldesk.telemetry.web;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.ProblemResponses;
import io.globaldesk.telemetry.IngestResult;
import io.globaldesk.telemetry.RecordCheck;
import io.globaldesk.telemetry.TelemetryIngest;
import io.globaldesk.telemetry.TelemetryIngest.Outcome;
import io.globaldesk.telemetry.TelemetryStoreException;
import io.globaldesk.telemetry.internal.AppOwners;
import io.globaldesk.telemetry.internal.TelemetrySettings;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/telemetry/samples} and {@code /api-calls}: NDJSON read as a stream, 202 only once the good lines
 * are durable, 429 with {@code Retry-After} when ingest is at its limit, 413 for a body over the limit. Ingest and
 * customer tokens may only send lines for their own organization's apps; other lines are rejected with their number.
 */
@RestController
@RequestMapping("/api/v1/telemetry")
class TelemetryApi {

    static final String NDJSON = "application/x-ndjson";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Logger log = LoggerFactory.getLogger(TelemetryApi.class);

    private interface Ingest {
        Outcome run(InputStream body, long bytes, String key, RecordCheck<String> appCheck);
    }

    private final TelemetryIngest ingest;
    private final AppOwners owners;
    private final MessageSource messages;
    private final long maxRequestBytes;

    TelemetryApi(TelemetryIngest ingest, AppOwners owners, MessageSource messages, TelemetrySettings settings) {
        this.ingest = ingest;
        this.owners = owners;
        this.messages = messages;
        this.maxRequestBytes = settings.maxRequestBytes();
    }

    @PostMapping("/samples")
    @PreAuthorize("hasAnyRole('ADMIN', 'INGEST', 'CUSTOMER')")
    ResponseEntity<?> samples(HttpServletRequest request,
                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return handle(request, idempotencyKey, "samples", ingest::samples);
    }

    @PostMapping("/api-calls")
    @PreAuthorize("hasAnyRole('ADMIN', 'INGEST', 'CUSTOMER')")
    ResponseEntity<?> apiCalls(HttpServletRequest request,
                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return handle(request, idempotencyKey, "api-calls", ingest::apiCalls);
    }

    private ResponseEntity<?> handle(HttpServletRequest request, String idempotencyKey, String kind, Ingest run) {
        if (!isNdjson(request.getContentType())) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "telemetry.problem.mediaType", NDJSON);
        }
        Actor actor = Actor.current();
        String key = scopedKey(actor, idempotencyKey);
        long declared = request.getContentLengthLong();
        if (declared > maxRequestBytes) return tooLarge();
        long admitted = declared >= 0 ? declared : maxRequestBytes;
        Outcome outcome;
        try (InputStream body = new BoundedInputStream(request.getInputStream(), maxRequestBytes)) {
            outcome = run.run(body, admitted, key, owners.checkFor(actor));
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof BoundedInputStream.LimitExceeded) return tooLarge();
            return problem(HttpStatus.BAD_REQUEST, "telemetry.problem.unreadable");
        } catch (TelemetryStoreException e) {
            log.error("Telemetry {} could not be stored; the client was told to retry", kind, e);
            return withRetryAfter(problem(HttpStatus.SERVICE_UNAVAILABLE, "telemetry.problem.storeUnavailable"), 5);
        }
        return switch (outcome) {
            case Outcome.Accepted accepted -> accepted(accepted.result(), accepted.duplicate());
            case Outcome.Overloaded o -> withRetryAfter(problem(HttpStatus.TOO_MANY_REQUESTS,
                    "telemetry.problem.overloaded", retrySeconds(o)), retrySeconds(o));
            case Outcome.TooLarge t -> tooLarge();
        };
    }

    /** The media type is checked here, not by the mapping, so that a wrong one is answered as a problem too. */
    private static boolean isNdjson(String contentType) {
        if (contentType == null) return false;
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equalsIgnoreCase("application") && type.getSubtype().equalsIgnoreCase("x-ndjson");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Keys are per organization, so that one tenant's keys can never suppress another's batches. */
    private static String scopedKey(Actor actor, String key) {
        if (key == null) return null;
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 printable ASCII characters");
        }
        return (actor.organizationId() == null ? "staff" : actor.organizationId().toString()) + "/" + key;
    }

    private static ResponseEntity<IngestResult> accepted(IngestResult result, boolean duplicate) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON);
        if (duplicate) response.header("Idempotent-Replayed", "true");
        return response.body(result);
    }

    private static long retrySeconds(Outcome.Overloaded o) {
        return Math.max(1, (o.retryAfter().toMillis() + 999) / 1000);
    }

    private ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "telemetry.problem.tooLarge", maxRequestBytes);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemResponses.problem(messages, locale, status, key, args);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> withRetryAfter(ResponseEntity<ProblemDetail> response, long seconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }
}
