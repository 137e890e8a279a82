package io.globaldesk.telemetry;

import java.util.List;

/**
 * What an ingest request answers: how many lines were accepted and rejected, and why each rejected line was.
 * {@code errors} lists at most {@link #MAX_LISTED_ERRORS} lines so that a wholly broken body cannot blow up the
 * response; {@code rejected} still counts them all.
 */
public record IngestResult(long accepted, long rejected, List<LineError> errors) {

    public static final int MAX_LISTED_ERRORS = 1000;

    public IngestResult {
        errors = List.copyOf(errors);
    }
}
