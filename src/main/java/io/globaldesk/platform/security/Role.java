package io.globaldesk.platform.security;

/**
 * What a caller may do. Staff roles form a ladder (an admin can do what a lead can, a lead what an agent can);
 * {@link #CUSTOMER} and {@link #INGEST} are outside it and always bound to one organization.
 */
public enum Role {
    ADMIN, SUPPORT_LEAD, AGENT, CUSTOMER,
    /** A machine client that only sends telemetry for its organization's apps; API tokens only, never a login. */
    INGEST;

    public boolean isStaff() {
        return this == ADMIN || this == SUPPORT_LEAD || this == AGENT;
    }

    public boolean isBoundToOrganization() {
        return this == CUSTOMER || this == INGEST;
    }

    public boolean canLogIn() {
        return this != INGEST;
    }
}
