package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample.NetworkType;

/** One user of a simulated session, as the SDK describes them in every sample. */
public record Participant(String userId, String country, String region, String isp, NetworkType networkType,
                          String edgeNode, String os, String sdkVersion, String device) {
}
