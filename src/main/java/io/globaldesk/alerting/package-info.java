/**
 * Proactive alerting: a causal anomaly detector with seasonal, outlier-robust baselines and change-point detection, and an
 * event-time engine that turns per-minute scope aggregates into incidents with Prometheus/Alertmanager-style semantics.
 */
package io.globaldesk.alerting;
