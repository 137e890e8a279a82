package io.globaldesk.telemetry;

/** A key the dashboards break quality down by. */
public enum QualityDimension { REGION, ISP, EDGE_NODE, APP, PLATFORM, SDK_VERSION }
