package io.globaldesk.directory;

/** The three follow-the-sun regions; every country belongs to one. */
public enum Region { APAC, EMEA, AMER }
