package io.globaldesk.telemetry;

/** Turns the bytes of one NDJSON line into a record, or throws {@link LineRejectedException} saying why it cannot. */
interface LineDecoder<T> {

    T decode(byte[] buffer, int offset, int length);
}
