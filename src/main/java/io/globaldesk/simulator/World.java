package io.globaldesk.simulator;

import java.util.List;

/**
 * The regions, countries, ISPs and edge nodes sessions are drawn from.
 *
 * @param regions each with its share of global traffic at its local peak
 */
public record World(List<Region> regions) {

    /** An ISP; {@code mobileShare} of its users call over cellular. */
    public record Isp(String name, double mobileShare) {}

    public record Country(String code, List<Isp> isps) {}

    /** A cloud region with its UTC offset (for the diurnal curve), countries served and the vendor's edge nodes there. */
    public record Region(String code, int utcOffsetMinutes, double weight, List<Country> countries, List<String> edgeNodes) {}

    public World {
        regions = List.copyOf(regions);
        if (regions.isEmpty()) throw new IllegalArgumentException("a world needs at least one region");
    }

    public Region region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no region '" + code + "' in the world"));
    }

    /** The region an edge node belongs to. */
    public Region regionOfEdge(String edgeNode) {
        return regions.stream().filter(r -> r.edgeNodes().contains(edgeNode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no edge node '" + edgeNode + "' in the world"));
    }

    public static World standard() {
        return new World(List.of(
                new Region("ap-northeast", 9 * 60, 0.14, List.of(
                        country("JP", isp("NTT", 0.3), isp("KDDI", 0.5), isp("SoftBank", 0.5), isp("Rakuten Mobile", 0.9)),
                        country("KR", isp("KT", 0.4), isp("SK Broadband", 0.4), isp("LG U+", 0.5))),
                        List.of("edge-tyo-1", "edge-tyo-2", "edge-sel-1")),
                new Region("ap-east", 8 * 60, 0.12, List.of(
                        country("CN", isp("China Telecom", 0.3), isp("China Unicom", 0.4), isp("China Mobile", 0.8)),
                        country("HK", isp("HKT", 0.4))),
                        List.of("edge-sha-1", "edge-sha-2", "edge-hkg-1")),
                new Region("ap-southeast", 8 * 60, 0.09, List.of(
                        country("SG", isp("Singtel", 0.4), isp("StarHub", 0.3)),
                        country("ID", isp("Telkomsel", 0.9), isp("IndiHome", 0.1)),
                        country("PH", isp("PLDT", 0.3), isp("Globe", 0.8))),
                        List.of("edge-sin-1", "edge-sin-2", "edge-jkt-1")),
                new Region("ap-south", 5 * 60 + 30, 0.10, List.of(
                        country("IN", isp("Jio", 0.8), isp("Airtel", 0.6), isp("BSNL", 0.3), isp("ACT Fibernet", 0.05))),
                        List.of("edge-bom-1", "edge-del-1", "edge-maa-1")),
                new Region("eu-west", 60, 0.15, List.of(
                        country("DE", isp("Deutsche Telekom", 0.3), isp("Vodafone", 0.5), isp("O2 Telefónica", 0.7)),
                        country("GB", isp("BT", 0.2), isp("Virgin Media", 0.1), isp("EE", 0.9)),
                        country("FR", isp("Orange", 0.4), isp("Free", 0.3), isp("SFR", 0.5)),
                        country("ES", isp("Movistar", 0.4))),
                        List.of("edge-fra-1", "edge-fra-2", "edge-lon-1", "edge-par-1")),
                new Region("us-east", -5 * 60, 0.12, List.of(
                        country("US", isp("Comcast", 0.05), isp("Verizon", 0.6), isp("AT&T", 0.5), isp("Spectrum", 0.05),
                                isp("T-Mobile", 0.95))),
                        List.of("edge-iad-1", "edge-iad-2", "edge-nyc-1")),
                new Region("us-west", -8 * 60, 0.12, List.of(
                        country("US", isp("Comcast", 0.05), isp("AT&T", 0.5), isp("Verizon", 0.6), isp("T-Mobile", 0.95)),
                        country("CA", isp("Rogers", 0.5), isp("Bell", 0.4))),
                        List.of("edge-sjc-1", "edge-sjc-2", "edge-sea-1")),
                new Region("sa-east", -3 * 60, 0.08, List.of(
                        country("BR", isp("Vivo", 0.6), isp("Claro", 0.6), isp("TIM", 0.9), isp("Oi", 0.3)),
                        country("AR", isp("Telecom Argentina", 0.5)),
                        country("CL", isp("Entel", 0.7))),
                        List.of("edge-gru-1", "edge-gru-2", "edge-scl-1"))));
    }

    private static Country country(String code, Isp... isps) {
        return new Country(code, List.of(isps));
    }

    private static Isp isp(String name, double mobileShare) {
        return new Isp(name, mobileShare);
    }
}
