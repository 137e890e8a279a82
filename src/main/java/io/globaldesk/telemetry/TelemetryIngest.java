package io.globaldesk.telemetry;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The ingest use case behind {@code POST /api/v1/telemetry/samples} and {@code /api-calls}: admit, parse, store
 * durably, then tell the aggregator. An {@link Outcome.Accepted} is only returned once the good lines are committed, so
 * the HTTP layer may answer 202 with it.
 */
public final class TelemetryIngest {

    /** What the HTTP layer answers. */
    public sealed interface Outcome permits Outcome.Accepted, Outcome.Overloaded, Outcome.TooLarge {

        /** 202 with the result; {@code duplicate} when the idempotency key was stored before and nothing new was. */
        record Accepted(IngestResult result, boolean duplicate) implements Outcome {
        }

        /** 429 with {@code Retry-After}. */
        record Overloaded(Duration retryAfter, String reason) implements Outcome {
        }

        /** 413. */
        record TooLarge(String reason) implements Outcome {
        }
    }

    private final QualitySampleParser sampleParser;
    private final ApiCallEventParser apiCallParser;
    private final TelemetryStore store;
    private final IngestGate gate;
    private final RollingAggregator aggregator;

    public TelemetryIngest(QualitySampleParser sampleParser, ApiCallEventParser apiCallParser, TelemetryStore store,
                           IngestGate gate, RollingAggregator aggregator) {
        this.sampleParser = sampleParser;
        this.apiCallParser = apiCallParser;
        this.store = store;
        this.gate = gate;
        this.aggregator = aggregator;
    }

    public Outcome samples(InputStream body, long bodyBytes, String idempotencyKey) {
        return samples(body, bodyBytes, idempotencyKey, appId -> null);
    }

    /** Ingests quality samples; a line whose {@code appId} the check refuses is rejected with that reason. */
    public Outcome samples(InputStream body, long bodyBytes, String idempotencyKey, RecordCheck<String> appCheck) {
        return ingest(bodyBytes, () -> sampleParser.parse(body, s -> appCheck.refusal(s.appId())), QualitySample::ts,
                records -> store.appendSamples(records, idempotencyKey));
    }

    public Outcome apiCalls(InputStream body, long bodyBytes, String idempotencyKey) {
        return apiCalls(body, bodyBytes, idempotencyKey, appId -> null);
    }

    /** Ingests API-call events; a line whose {@code appId} the check refuses is rejected with that reason. */
    public Outcome apiCalls(InputStream body, long bodyBytes, String idempotencyKey, RecordCheck<String> appCheck) {
        return ingest(bodyBytes, () -> apiCallParser.parse(body, e -> appCheck.refusal(e.appId())), ApiCallEvent::ts,
                records -> store.appendApiCalls(records, idempotencyKey));
    }

    private interface Parse<T> {
        ParsedBatch<T> run();
    }

    private <T> Outcome ingest(long bodyBytes, Parse<T> parse, Function<T, Instant> ts,
                               Function<List<T>, AppendOutcome> append) {
        return switch (gate.admit(bodyBytes)) {
            case IngestGate.TooLarge t -> new Outcome.TooLarge(t.reason());
            case IngestGate.Overloaded o -> new Outcome.Overloaded(o.retryAfter(), o.reason());
            case IngestGate.Admitted a -> {
                try (IngestGate.Permit permit = a.permit()) {
                    ParsedBatch<T> batch = parse.run();
                    if (!permit.tryAddRows(batch.records().size())) {
                        yield new Outcome.Overloaded(permit.retryAfter(), "telemetry ingest has too many rows in flight");
                    }
                    AppendOutcome stored = append.apply(batch.records());
                    observe(batch.records(), ts);
                    yield new Outcome.Accepted(batch.result(), stored.duplicate());
                }
            }
        };
    }

    private <T> void observe(List<T> records, Function<T, Instant> ts) {
        if (records.isEmpty()) return;
        Instant min = ts.apply(records.getFirst()), max = min;
        for (T r : records) {
            Instant t = ts.apply(r);
            if (t.isBefore(min)) min = t;
            if (t.isAfter(max)) max = t;
        }
        aggregator.observe(min, max);
    }
}
