package io.globaldesk.culture;

/** How formally a reply addresses the customer, from first-name warmth to honorifics (様, 님). */
public enum Formality {
    WARM, NEUTRAL, FORMAL, HONORIFIC
}
