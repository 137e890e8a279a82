package io.globaldesk.culture;

/** The three follow-the-sun regions a customer's country belongs to, one support center each. */
public enum Region {
    APAC, EMEA, AMER
}
