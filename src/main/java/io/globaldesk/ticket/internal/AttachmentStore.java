package io.globaldesk.ticket.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.ticket.TicketAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ticket_attachment table: metadata lists without the content, which is read one file at a time. */
@Repository
public class AttachmentStore {

    private static final String COLUMNS = "id, ticket_id, file_name, content_type, size_bytes, internal, uploaded_by, created_at";

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TicketAttachment insert(UUID ticket, String fileName, String contentType, byte[] content, boolean internal,
                                   String uploadedBy, Instant at) {
        UUID id = jdbc.sql("""
                        insert into ticket_attachment (ticket_id, file_name, content_type, size_bytes, internal, uploaded_by,
                          content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(ticket, fileName, contentType, (long) content.length, internal, uploadedBy, content, TicketRepository.ts(at))
                .query(UUID.class).single();
        return new TicketAttachment(id, ticket, fileName, contentType, content.length, internal, uploadedBy, at);
    }

    public List<TicketAttachment> of(UUID ticket) {
        return jdbc.sql("select " + COLUMNS + " from ticket_attachment where ticket_id = ? order by created_at, id")
                .param(ticket).query((rs, n) -> new TicketAttachment(rs.getObject("id", UUID.class), ticket,
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getBoolean("internal"), rs.getString("uploaded_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The content of one attachment of {@code ticket}; empty when that ticket has no such attachment. */
    public Optional<byte[]> content(UUID ticket, UUID attachment) {
        return jdbc.sql("select content from ticket_attachment where ticket_id = ? and id = ?").params(ticket, attachment)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }
}
