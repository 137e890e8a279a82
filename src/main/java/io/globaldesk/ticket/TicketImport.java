package io.globaldesk.ticket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.globaldesk.directory.Organizations;
import io.globaldesk.ticket.internal.ClassifierTraining;
import io.globaldesk.ticket.internal.TicketRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports historical tickets (NDJSON, one a line). They are history: not routed, no SLA; they teach the classifier and
 * feed insights. Each line stands alone: a bad line is reported with its number and reason, the good ones are kept,
 * and an externalId seen before is not imported twice.
 */
@Service
public class TicketImport {

    public record LineError(long line, String message) {
    }

    public record Result(int imported, int rejected, List<LineError> errors) {
    }

    static final int MAX_LINE = 1_000_000;
    static final int MAX_REPORTED_ERRORS = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TicketRepository tickets;
    private final Organizations organizations;
    private final TicketClassifier classifier;
    private final TransactionTemplate transactions;
    private final io.globaldesk.language.LanguageDetector languages;

    TicketImport(TicketRepository tickets, Organizations organizations, TicketClassifier classifier,
                 TransactionTemplate transactions, io.globaldesk.language.LanguageDetector languages) {
        this.tickets = tickets;
        this.organizations = organizations;
        this.classifier = classifier;
        this.transactions = transactions;
        this.languages = languages;
    }

    public Result importNdjson(Reader body) throws IOException {
        List<LineError> errors = new ArrayList<>();
        int imported = 0;
        int rejected = 0;
        Set<String> seen = new HashSet<>();
        BufferedReader reader = new BufferedReader(body, 64 * 1024);
        long lineNumber = 0;
        List<TicketRepository.NewRow> batch = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        String line;
        while ((line = readLine(reader)) != null) {
            lineNumber++;
            if (line.isBlank()) continue;
            try {
                Parsed parsed = parse(line, seen);
                batch.add(parsed.row());
                bodies.add(parsed.body());
                if (batch.size() == 500) imported += flush(batch, bodies);
            } catch (IllegalArgumentException e) {
                rejected++;
                if (errors.size() < MAX_REPORTED_ERRORS) errors.add(new LineError(lineNumber, e.getMessage()));
            }
        }
        imported += flush(batch, bodies);
        if (imported > 0) ClassifierTraining.retrain(classifier, tickets);
        return new Result(imported, rejected, errors);
    }

    /** Reads one line, refusing to buffer a line longer than {@link #MAX_LINE} characters. */
    private static String readLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        boolean tooLong = false;
        while ((c = reader.read()) != -1) {
            if (c == '\n') return tooLong ? "\u0000too-long" : stripCr(line);
            if (line.length() < MAX_LINE) line.append((char) c);
            else tooLong = true;
        }
        if (line.isEmpty() && !tooLong) return null;
        return tooLong ? "\u0000too-long" : stripCr(line);
    }

    private static String stripCr(StringBuilder line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') end--;
        return line.substring(0, end);
    }

    private int flush(List<TicketRepository.NewRow> batch, List<String> bodies) {
        if (batch.isEmpty()) return 0;
        int count = batch.size();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < batch.size(); i++) {
                TicketRepository.NewRow row = batch.get(i);
                UUID id = tickets.insert(row);
                tickets.insertArticle(id, AuthorType.CUSTOMER, null, row.requesterName(), bodies.get(i), false, null, null, row.createdAt());
            }
        });
        batch.clear();
        bodies.clear();
        return count;
    }

    private record Parsed(TicketRepository.NewRow row, String body) {
    }

    private Parsed parse(String line, Set<String> seen) {
        if (line.startsWith("\u0000too-long")) throw new IllegalArgumentException("line longer than " + MAX_LINE + " characters");
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON");
        }
        if (!node.isObject()) throw new IllegalArgumentException("not a JSON object");
        String externalId = text(node, "externalId", true, 200);
        String subject = text(node, "subject", true, 300);
        String body = text(node, "body", true, 100_000);
        String category = text(node, "category", true, 64).toLowerCase(Locale.ROOT);
        if (!classifier.taxonomy().contains(category)) {
            throw new IllegalArgumentException("category '" + category + "' is not one of " + classifier.taxonomy().categories());
        }
        Instant createdAt = instant(node, "createdAt", true);
        Instant solvedAt = instant(node, "solvedAt", false);
        if (solvedAt != null && solvedAt.isBefore(createdAt)) throw new IllegalArgumentException("solvedAt is before createdAt");
        UUID organization = null;
        String orgText = text(node, "organizationId", false, 64);
        if (orgText != null) {
            try {
                organization = UUID.fromString(orgText);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("organizationId is not a UUID");
            }
            if (organizations.find(organization).isEmpty()) throw new IllegalArgumentException("no organization has id " + organization);
        }
        String language = text(node, "language", false, 16);
        if (language == null) language = languages.detect(subject + "\n" + body).tag();
        if (!seen.add(externalId) || tickets.externalIdExists(externalId)) {
            throw new IllegalArgumentException("externalId " + externalId + " was imported already");
        }
        return new Parsed(new TicketRepository.NewRow(organization, null, null, subject, language, category, null,
                io.globaldesk.sla.Severity.S3, solvedAt == null ? TicketStatus.OPEN : TicketStatus.SOLVED, Channel.API,
                null, null, List.of(), externalId, true, createdAt, solvedAt), body);
    }

    private static String text(JsonNode node, String field, boolean required, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) throw new IllegalArgumentException(field + " is missing");
            return null;
        }
        if (!value.isString()) throw new IllegalArgumentException(field + " must be a string");
        String s = value.asString().strip();
        if (required && s.isEmpty()) throw new IllegalArgumentException(field + " is empty");
        if (s.length() > max) throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        return s;
    }

    private static Instant instant(JsonNode node, String field, boolean required) {
        String s = text(node, field, required, 64);
        if (s == null) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO-8601 instant such as 2026-11-25T03:00:00Z");
        }
    }
}
