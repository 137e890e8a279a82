package io.globaldesk.ticket.reference;

/** Cuts text to a length in UTF-16 units without leaving half of a surrogate pair at the end. */
final class Truncation {

    private Truncation() {
    }

    static String atMost(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
