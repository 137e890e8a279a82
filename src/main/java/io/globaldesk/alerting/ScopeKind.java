package io.globaldesk.alerting;

/** What an incident is about: regional network quality of calls, or the error rate of the vendor's APIs. */
public enum ScopeKind { NETWORK_QUALITY, API_ERRORS }
