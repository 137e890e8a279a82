package io.globaldesk.culture;

/** The markets whose customers expect a distinct tone; {@link #DEFAULT} serves everyone else. */
public enum CultureProfileCode {
    NORTH_AMERICA, EUROPE, JAPAN, LATIN_AMERICA, CHINA, KOREA, DEFAULT
}
