package io.globaldesk.ticket.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.globaldesk.sla.Severity;
import io.globaldesk.support.Api;
import io.globaldesk.support.GlobalDeskIntegrationTest;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static io.globaldesk.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** New tickets stored in batches: each complete, a bad one failing alone, inside a caller's transaction when there is one. */
@GlobalDeskIntegrationTest
class TicketWriterIntegrationTests {

    @LocalServerPort int port;
    @Autowired TicketWriter writer;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MeterRegistry meters;
    @Autowired TicketRepository repository;
    @Autowired NewTicketMail mail;
    @Autowired ApplicationEventPublisher events;

    @Test
    void ticketsOpenedTogetherAreStoredInOneBatchEachWithArticleHistoryAndAcknowledgement() throws Exception {
        long batchesBefore = meters.get("globaldesk.tickets.batch.size").summary().count();
        List<Opening> openings = new ArrayList<>();
        for (int i = 0; i < 5; i++) openings.add(opening("batch-" + i + "@example.com", null));

        List<Ticket> stored = new ArrayList<>();
        for (CompletableFuture<Ticket> f : writer.storeTogether(openings)) stored.add(f.get());

        assertThat(stored).extracting(Ticket::id).containsExactlyElementsOf(openings.stream().map(Opening::id).toList());
        assertThat(stored).extracting(Ticket::number).doesNotHaveDuplicates().allMatch(n -> n > 0);
        assertThat(meters.get("globaldesk.tickets.batch.size").summary().count()).isGreaterThan(batchesBefore);
        assertThat(meters.get("globaldesk.tickets.batch.size").summary().max()).isGreaterThanOrEqualTo(5);
        for (Ticket t : stored) assertComplete(t.id(), t.requesterEmail());
    }

    @Test
    void manyCallersAtOnceAllGetTheirTickets() throws Exception {
        assertManyCallersAllGetTheirTickets(writer);
    }

    @Test
    void withTwoWritersManyCallersAtOnceAllGetTheirTickets() throws Exception {
        TicketWriter twoWriters = new TicketWriter(repository, mail, events, transactions, new SimpleMeterRegistry(), 2);
        try {
            assertManyCallersAllGetTheirTickets(twoWriters);
        } finally {
            twoWriters.stop();
        }
    }

    private void assertManyCallersAllGetTheirTickets(TicketWriter writer) throws Exception {
        List<Future<List<Ticket>>> callers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (int c = 0; c < 16; c++) {
                int caller = c;
                callers.add(threads.submit(() -> {
                    List<Ticket> mine = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        // groups of one to three, racing each other (and the writers) for the queue
                        List<Opening> group = new ArrayList<>();
                        for (int g = 0; g <= i % 3; g++) group.add(opening("caller-" + caller + "@example.com", null));
                        for (CompletableFuture<Ticket> f : writer.storeTogether(group)) mine.add(f.get());
                    }
                    return mine;
                }));
            }
        }
        List<UUID> stored = new ArrayList<>();
        for (Future<List<Ticket>> c : callers) c.get().forEach(t -> stored.add(t.id()));
        assertThat(stored).hasSize(16 * (9 * 1 + 8 * 2 + 8 * 3)).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from ticket where id = any(?)").param(stored.toArray(UUID[]::new))
                .query(Long.class).single()).isEqualTo(stored.size());
    }

    @Test
    void aBadTicketInABatchFailsAloneAndLeavesNothingBehind() throws Exception {
        String messageId = "<" + UUID.randomUUID() + "@mail.example>";
        Opening first = opening("first@example.com", messageId);
        Opening duplicate = opening("duplicate@example.com", messageId);  // the same Message-ID may be stored once only
        Opening third = opening("third@example.com", null);

        List<CompletableFuture<Ticket>> results = writer.storeTogether(List.of(first, duplicate, third));

        assertThat(results.get(0).get().id()).isEqualTo(first.id());
        assertThat(results.get(2).get().id()).isEqualTo(third.id());
        assertThatThrownBy(() -> results.get(1).join()).hasCauseInstanceOf(DataIntegrityViolationException.class);
        assertComplete(first.id(), "first@example.com");
        assertComplete(third.id(), "third@example.com");
        assertThat(count("select count(*) from ticket where id = ?", duplicate.id())).isZero();
        assertThat(count("select count(*) from ticket_history where ticket_id = ?", duplicate.id())).isZero();
        assertThat(count("select count(*) from notification_outbox where dedupe_key = ?", "ack-" + duplicate.id())).isZero();
    }

    @Test
    void insideACallersTransactionTheTicketIsStoredInItAndRolledBackWithIt() {
        Opening opening = opening("rolled-back@example.com", null);
        transactions.executeWithoutResult(status -> {
            Ticket stored = writer.store(opening);
            assertThat(count("select count(*) from ticket where id = ?", stored.id())).as("visible in the caller's transaction").isOne();
            status.setRollbackOnly();
        });
        assertThat(count("select count(*) from ticket where id = ?", opening.id())).isZero();
        assertThat(count("select count(*) from notification_outbox where dedupe_key = ?", "ack-" + opening.id())).isZero();
    }

    @Test
    void concurrentRequestsEachGetTheirOwnCompleteTicket() throws Exception {
        Api admin = Api.admin(port);
        String org = admin.post("/api/v1/organizations", map("name", "Writer " + UUID.randomUUID(), "country", "DE",
                "locale", "de-DE", "tier", "PREMIUM", "appIds", List.of("app-" + UUID.randomUUID()))).json().get("id").asString();
        List<Future<JsonNode>> posts = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 24; i++) {
                String subject = "Kein Ton nach dem Update " + i;
                posts.add(clients.submit(() -> {
                    Api.Response r = admin.post("/api/v1/tickets", map("organizationId", org, "requester",
                            map("name", "Jonas", "email", "jonas@example.de"), "subject", subject,
                            "body", "Seit dem Update hören die Teilnehmer einander nicht mehr.", "channel", "API"));
                    assertThat(r.status()).as(r.toString()).isEqualTo(201);
                    return r.json();
                }));
            }
        }
        List<String> subjects = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (Future<JsonNode> p : posts) {
            JsonNode t = p.get();
            subjects.add(t.get("subject").asString());
            numbers.add(t.get("number").asLong());
            UUID id = UUID.fromString(t.get("id").asString());
            assertThat(jdbc.sql("select subject from ticket where id = ?").param(id).query(String.class).single())
                    .isEqualTo(t.get("subject").asString());
            assertComplete(id, "jonas@example.de");
        }
        assertThat(subjects).doesNotHaveDuplicates().hasSize(24);
        assertThat(numbers).doesNotHaveDuplicates();
    }

    /** The ticket has its first article, both creation history entries and the requester's acknowledgement. */
    private void assertComplete(UUID ticket, String requester) {
        assertThat(count("select count(*) from ticket_article where ticket_id = ?", ticket)).isOne();
        assertThat(jdbc.sql("select field from ticket_history where ticket_id = ? order by id").param(ticket).query(String.class).list())
                .startsWith("created", "assignee");
        assertThat(jdbc.sql("select recipient from notification_outbox where dedupe_key = ?").param("ack-" + ticket)
                .query(String.class).list()).containsExactly(requester);
    }

    private long count(String sql, Object arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single();
    }

    private static Opening opening(String requester, String messageId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        TicketRepository.NewRow row = new TicketRepository.NewRow(null, "Requester", requester, "Audio drops " + id,
                "en", "audio", 0.9, Severity.S3, TicketStatus.NEW, Channel.API, null, null, List.of("writer-test"), null,
                false, now, null);
        return new Opening(id, row, null, null, List.of(), null,
                new Opening.FirstArticle(UUID.randomUUID(), AuthorType.CUSTOMER, null, "Requester", "The audio drops.", messageId),
                null, "test");
    }
}
