package io.globaldesk.notification;

/** A delivery attempt that failed; {@code permanent} when retrying cannot help (a 4xx answer, a malformed message). */
class DeliveryFailure extends Exception {

    private final boolean permanent;

    DeliveryFailure(String message, boolean permanent) {
        super(message, null, false, false);
        this.permanent = permanent;
    }

    static DeliveryFailure retryable(String message) {
        return new DeliveryFailure(message, false);
    }

    static DeliveryFailure permanent(String message) {
        return new DeliveryFailure(message, true);
    }

    boolean permanent() {
        return permanent;
    }
}
