package io.globaldesk.routing;

import io.globaldesk.directory.BusinessCalendar;

import java.util.Objects;

/** A SupportCenter as routing sees it: its calendar, the customer region it serves, and who is on call (may be null). */
public record CenterState(String code, BusinessCalendar calendar, String region, String onCallAgentId) {
    public CenterState {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(region, "region");
    }
}
