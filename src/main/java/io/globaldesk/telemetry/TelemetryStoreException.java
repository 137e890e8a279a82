package io.globaldesk.telemetry;

/** The telemetry store could not do what was asked; nothing of the failed call was stored. */
public class TelemetryStoreException extends RuntimeException {

    public TelemetryStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
