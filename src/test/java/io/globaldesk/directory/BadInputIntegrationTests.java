package io.globaldesk.directory;

import java.util.List;
import java.util.stream.Stream;

import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Every directory endpoint answers bad input with 400/422 problem details naming the field, never 500. */
@GlobalDeskIntegrationTest
class BadInputIntegrationTests {

    @LocalServerPort
    int port;

    static final String LONG = "x".repeat(5000);

    static Stream<Arguments> badRequests() {
        return Stream.of(
                // malformed JSON
                Arguments.of("POST", "/api/v1/organizations", "{oops", "body"),
                Arguments.of("POST", "/api/v1/agents", "[1,2", "body"),
                Arguments.of("POST", "/api/v1/support-centers", "", "body"),
                // wrong types
                Arguments.of("POST", "/api/v1/agents", json(map("name", "A", "email", "a@b.example", "supportCenter", "APAC",
                        "languages", List.of("en"), "capacity", "lots")), "capacity"),
                Arguments.of("POST", "/api/v1/organizations", json(map("name", List.of(1), "country", "JP", "locale", "ja",
                        "tier", "STANDARD")), "name"),
                Arguments.of("POST", "/api/v1/support-centers", json(map("code", "X1", "name", "X", "timeZone", "UTC",
                        "workingHours", List.of(map("days", List.of("MON"), "from", "nine", "to", "18:00")))), "workingHours"),
                // unknown enum values
                Arguments.of("POST", "/api/v1/organizations", json(map("name", "A", "country", "JP", "locale", "ja",
                        "tier", "GOLD")), "tier"),
                Arguments.of("POST", "/api/v1/support-centers", json(map("code", "X2", "name", "X", "timeZone", "UTC",
                        "workingHours", List.of(map("days", List.of("FUNDAY"), "from", "09:00", "to", "18:00")))), "workingHours"),
                Arguments.of("POST", "/api/v1/api-tokens", json(map("name", "t", "role", "ROOT")), "role"),
                // oversize strings
                Arguments.of("POST", "/api/v1/organizations", json(map("name", LONG, "country", "JP", "locale", "ja",
                        "tier", "STANDARD")), "name"),
                Arguments.of("POST", "/api/v1/agents", json(map("name", LONG, "email", "a@b.example", "supportCenter", "APAC",
                        "languages", List.of("en"), "capacity", 3)), "name"),
                // missing fields
                Arguments.of("POST", "/api/v1/organizations", json(map("name", "A")), "country"),
                Arguments.of("POST", "/api/v1/agents", json(map("name", "A")), "email"),
                Arguments.of("POST", "/api/v1/support-centers", json(map("name", "A")), "code"),
                Arguments.of("POST", "/api/v1/teams", json(map("members", List.of())), "name"),
                // rule breaks
                Arguments.of("POST", "/api/v1/organizations", json(map("name", "A", "country", "ZZ", "locale", "ja",
                        "tier", "STANDARD")), "country"),
                Arguments.of("POST", "/api/v1/organizations", json(map("name", "A", "country", "JP", "locale", "not a locale!",
                        "tier", "STANDARD")), "locale"),
                Arguments.of("POST", "/api/v1/support-centers", json(map("code", "X3", "name", "X", "timeZone", "Mars/Olympus",
                        "workingHours", List.of())), "timeZone"),
                Arguments.of("POST", "/api/v1/agents", json(map("name", "A", "email", "not-an-email", "supportCenter", "APAC",
                        "languages", List.of("en"), "capacity", -1)), "capacity"),
                Arguments.of("POST", "/api/v1/api-tokens", json(map("name", "t", "role", "CUSTOMER")), "organizationId"),
                Arguments.of("PUT", "/api/v1/organizations/not-a-uuid", json(map("name", "A")), "id"));
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("badRequests")
    void badInputIsAProblemNamingTheField(String method, String path, String body, String field) {
        Api.Response r = Api.admin(port).send(method, path, body, "application/json");
        assertThat(r.status()).as(r.toString()).isIn(400, 422);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.json().get("errors").toString()).as(r.toString()).contains("\"field\":\"" + field);
    }

    private static String json(Object value) {
        return Api.JSON.writeValueAsString(value);
    }
}
