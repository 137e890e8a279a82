package io.globaldesk.telemetry;

/**
 * The keys of a quality aggregate: region × ISP × edge node × app × platform × SDK version. Used as a filter, a null
 * component means "any".
 */
public record QualityScope(String region, String isp, String edgeNode, String appId, String platform, String sdkVersion) {

    public static QualityScope any() {
        return new QualityScope(null, null, null, null, null, null);
    }

    /** Everyone on one ISP in one region: the cohort that tells an ISP problem from a local one. */
    public static QualityScope ofIsp(String region, String isp) {
        return new QualityScope(region, isp, null, null, null, null);
    }

    /** Everyone on one edge node, across ISPs: the cohort that tells an edge problem from an ISP one. */
    public static QualityScope ofEdgeNode(String edgeNode) {
        return new QualityScope(null, null, edgeNode, null, null, null);
    }
}
