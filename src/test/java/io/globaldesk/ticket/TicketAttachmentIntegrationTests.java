package io.globaldesk.ticket;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Ticket attachments over HTTP: upload, list and download, the size limit, and organizations kept apart. */
@GlobalDeskIntegrationTest
class TicketAttachmentIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired TicketAttachments attachments;
    final HttpClient http = HttpClient.newHttpClient();
    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
    }

    String organization() {
        return admin.post("/api/v1/organizations", map("name", "Files " + UUID.randomUUID(), "country", "DE", "locale", "de-DE",
                "tier", "PREMIUM", "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
    }

    String customerToken(String organization) {
        Api.Response r = admin.post("/api/v1/api-tokens", map("name", "t-" + UUID.randomUUID(), "role", "CUSTOMER",
                "organizationId", organization));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("token").asString();
    }

    String ticket(String organization) {
        Api.Response r = admin.post("/api/v1/tickets", map("organizationId", organization, "requester",
                map("name", "Jonas", "email", "jonas@example.de"), "subject", "Kein Ton", "body", "Seit dem Update kein Ton auf Android.",
                "channel", "WEB"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    HttpResponse<byte[]> upload(String token, String ticket, String fileName, byte[] content, boolean internal) throws Exception {
        String boundary = "gd-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tickets/" + ticket
                        + "/attachments?internal=" + internal))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> download(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCustomersFileIsStoredListedOnTheTicketAndDownloadedAsAnAttachment() throws Exception {
        String org = organization();
        String customer = customerToken(org);
        String ticket = ticket(org);
        byte[] log = "E/AudioTrack: underrun\nE/AudioTrack: underrun\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> created = upload(customer, ticket, "../../logs/sdk.log", log, false);
        assertThat(created.statusCode()).as(new String(created.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode saved = Api.JSON.readTree(created.body());
        assertThat(saved.get("fileName").asString()).as("no path survives").isEqualTo("sdk.log");
        assertThat(saved.get("size").asLong()).isEqualTo(log.length);

        JsonNode listed = new Api(port, customer).get("/api/v1/tickets/" + ticket + "/attachments").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(saved.get("id").asString());

        HttpResponse<byte[]> file = download(customer, "/api/v1/tickets/" + ticket + "/attachments/" + saved.get("id").asString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(log);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains("sdk.log");
    }

    @Test
    void anotherOrganizationsCustomerGets404AndNeverTheFile() throws Exception {
        String org = organization();
        String ticket = ticket(org);
        String id = Api.JSON.readTree(upload(customerToken(org), ticket, "capture.txt", "secret".getBytes(StandardCharsets.UTF_8), false)
                .body()).get("id").asString();
        String stranger = customerToken(organization());

        assertThat(download(stranger, "/api/v1/tickets/" + ticket + "/attachments/" + id).statusCode()).isEqualTo(404);
        assertThat(new Api(port, stranger).get("/api/v1/tickets/" + ticket + "/attachments").status()).isEqualTo(404);
        assertThat(upload(stranger, ticket, "x.txt", "x".getBytes(StandardCharsets.UTF_8), false).statusCode()).isEqualTo(404);
        assertThat(download(Api.ADMIN_TOKEN, "/api/v1/tickets/" + ticket(organization()) + "/attachments/" + id).statusCode())
                .as("an attachment is only found under its own ticket").isEqualTo(404);
    }

    @Test
    void internalFilesAreForStaffOnly() throws Exception {
        String org = organization();
        String customer = customerToken(org);
        String ticket = ticket(org);
        assertThat(upload(Api.ADMIN_TOKEN, ticket, "notes.txt", "edge node tyo-3".getBytes(StandardCharsets.UTF_8), true).statusCode())
                .isEqualTo(201);
        assertThat(upload(customer, ticket, "mine.txt", "hi".getBytes(StandardCharsets.UTF_8), true).statusCode()).isEqualTo(422);

        assertThat(new Api(port, customer).get("/api/v1/tickets/" + ticket + "/attachments").json()).isEmpty();
        assertThat(admin.get("/api/v1/tickets/" + ticket + "/attachments").json()).hasSize(1);
    }

    @Test
    void anOversizeOrEmptyFileIsAProblemAndNothingIsStored() throws Exception {
        String org = organization();
        String ticket = ticket(org);
        byte[] tooBig = new byte[(int) attachments.maxBytes() + 1];
        Arrays.fill(tooBig, (byte) 'a');

        HttpResponse<byte[]> oversize = upload(Api.ADMIN_TOKEN, ticket, "huge.log", tooBig, false);
        assertThat(oversize.statusCode()).isEqualTo(413);
        assertThat(oversize.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<byte[]> empty = upload(Api.ADMIN_TOKEN, ticket, "empty.log", new byte[0], false);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from ticket_attachment where ticket_id = ?").param(UUID.fromString(ticket))
                .query(Integer.class).single()).isZero();
    }
}
