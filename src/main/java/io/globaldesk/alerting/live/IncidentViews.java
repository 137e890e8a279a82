package io.globaldesk.alerting.live;

import io.globaldesk.alerting.Scope;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** The API's shape of a scope: only the fields that apply. */
public final class IncidentViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IncidentViews() {
    }

    public static Map<String, String> scopeMap(Scope s) {
        Map<String, String> m = new LinkedHashMap<>();
        if (s.region() != null) m.put("region", s.region());
        if (s.isp() != null) m.put("isp", s.isp());
        if (s.edgeNode() != null) m.put("edgeNode", s.edgeNode());
        if (s.appId() != null) m.put("appId", s.appId());
        if (s.api() != null) m.put("api", s.api());
        return m;
    }

    static ObjectNode scopeJson(Scope s) {
        ObjectNode node = JSON.createObjectNode();
        scopeMap(s).forEach(node::put);
        return node;
    }
}
