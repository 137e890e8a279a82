package io.globaldesk.alerting;

import java.util.Objects;

/**
 * Where a problem is: a region, an ISP in a region, an edge node (in its region), or an app's API. Fields that do not
 * apply are {@code null}.
 */
public record Scope(ScopeKind kind, String region, String isp, String edgeNode, String appId, String api) {

    public Scope {
        Objects.requireNonNull(kind, "a scope needs a kind");
        if (kind == ScopeKind.NETWORK_QUALITY && region == null) {
            throw new IllegalArgumentException("a network-quality scope needs a region");
        }
        if (kind == ScopeKind.API_ERRORS && appId == null) throw new IllegalArgumentException("an API-error scope needs an appId");
    }

    public static Scope region(String region) {
        return new Scope(ScopeKind.NETWORK_QUALITY, region, null, null, null, null);
    }

    public static Scope isp(String region, String isp) {
        return new Scope(ScopeKind.NETWORK_QUALITY, region, Objects.requireNonNull(isp, "isp"), null, null, null);
    }

    public static Scope edge(String region, String edgeNode) {
        return new Scope(ScopeKind.NETWORK_QUALITY, region, null, Objects.requireNonNull(edgeNode, "edgeNode"), null, null);
    }

    public static Scope api(String appId, String api) {
        return new Scope(ScopeKind.API_ERRORS, null, null, null, appId, api);
    }

    /** The value of a scope field by its API name (kind, region, isp, edgeNode, appId, api), for silence matchers. */
    public String field(String name) {
        return switch (name) {
            case "kind" -> kind.name();
            case "region" -> region;
            case "isp" -> isp;
            case "edgeNode" -> edgeNode;
            case "appId" -> appId;
            case "api" -> api;
            default -> throw new IllegalArgumentException("unknown scope field '" + name
                    + "'; fields are kind, region, isp, edgeNode, appId, api");
        };
    }

    public boolean isEdge() {
        return kind == ScopeKind.NETWORK_QUALITY && edgeNode != null && isp == null;
    }

    public boolean isIsp() {
        return kind == ScopeKind.NETWORK_QUALITY && isp != null && edgeNode == null;
    }

    public boolean isRegion() {
        return kind == ScopeKind.NETWORK_QUALITY && isp == null && edgeNode == null;
    }
}
