package io.globaldesk.simulator;

import io.globaldesk.telemetry.QualitySample.NetworkType;

/**
 * A participant's normal condition for one call. About one user in six has a mildly worse line or a busy device:
 * noticeable, but inside every limit, so that diagnosis must not blame it.
 *
 * @param susceptibility 0..1, how hard a fault hits this user compared with others hit by the same fault
 */
record LinkProfile(double rttMs, double lossPct, double jitterMs, double cpuSystemPct, double cpuAppPct, double fps,
                   double sendKbps, double susceptibility) {

    static LinkProfile draw(Draw d, DeviceModel device, NetworkType network, String region) {
        boolean cellular = network == NetworkType.CELLULAR_4G || network == NetworkType.CELLULAR_5G;
        double rtt = d.uniform(12, 45)
                + (network == NetworkType.CELLULAR_4G ? d.uniform(20, 45) : 0)
                + (network == NetworkType.CELLULAR_5G ? d.uniform(5, 15) : 0)
                + (farFromEdges(region) ? d.uniform(10, 30) : 0);
        double loss = d.uniform(0.05, 0.6) + (cellular ? d.uniform(0.2, 0.6) : 0)
                + (network == NetworkType.WIFI ? d.uniform(0.1, 0.4) : 0);
        double jitter = d.uniform(2, 10) + (cellular ? d.uniform(4, 10) : 0) + (network == NetworkType.WIFI ? d.uniform(2, 5) : 0);
        if (d.chance(0.18)) {
            loss += d.uniform(1.0, 2.2);
            rtt += d.uniform(60, 180);
            jitter += d.uniform(8, 20);
        }
        double cpu = (device.desktop() ? d.uniform(15, 45) : d.uniform(25, 60)) + (device.lowEnd() ? d.uniform(10, 20) : 0);
        if (d.chance(0.10)) cpu = d.uniform(72, 86);
        double fps = device.desktop() ? 30 : device.lowEnd() ? d.uniform(15, 24) : d.uniform(24, 30);
        return new LinkProfile(rtt, loss, jitter, Math.min(cpu, 86), cpu * d.uniform(0.35, 0.7), fps,
                d.uniform(300, 1500), d.unit());
    }

    private static boolean farFromEdges(String region) {
        return region.equals("ap-south") || region.equals("sa-east") || region.equals("ap-southeast");
    }
}
