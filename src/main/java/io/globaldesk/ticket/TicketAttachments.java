package io.globaldesk.ticket;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.ticket.internal.AttachmentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Files on tickets. Whoever may see a ticket may attach to it and download its files, except that internal files are
 * for staff only (a customer can neither add nor see them); another organization's ticket is answered 404, as if absent.
 */
@Service
public class TicketAttachments {

    static final int MAX_FILE_NAME = 255;

    private final Tickets tickets;
    private final AttachmentStore store;
    private final Clock clock;
    private final long maxBytes;

    TicketAttachments(Tickets tickets, AttachmentStore store, Clock clock,
                      @Value("${globaldesk.tickets.attachment-max-bytes:10485760}") long maxBytes) {
        this.tickets = tickets;
        this.store = store;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public TicketAttachment attach(Actor actor, UUID ticketId, String fileName, String contentType, byte[] content,
                                   boolean internal) {
        tickets.get(actor, ticketId);
        if (internal && !actor.isStaff()) throw new InvalidInputException("internal", "only staff can attach internal files");
        if (content.length == 0) throw new InvalidInputException("file", "is empty");
        if (content.length > maxBytes) throw new MaxUploadSizeExceededException(maxBytes);
        return store.insert(ticketId, cleanName(fileName), contentType == null || contentType.isBlank()
                        ? "application/octet-stream" : contentType, content, internal, actor.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    public List<TicketAttachment> of(Actor actor, UUID ticketId) {
        tickets.get(actor, ticketId);
        return store.of(ticketId).stream().filter(a -> actor.isStaff() || !a.internal()).toList();
    }

    /** An attachment with its content, as {@code actor} may see it. */
    public Download download(Actor actor, UUID ticketId, UUID attachmentId) {
        TicketAttachment attachment = of(actor, ticketId).stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        byte[] content = store.content(ticketId, attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new Download(attachment, content);
    }

    public record Download(TicketAttachment attachment, byte[] content) {
    }

    /** The last path segment, without control characters, at most {@value #MAX_FILE_NAME} characters. */
    static String cleanName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) clean = "attachment";
        return clean.length() <= MAX_FILE_NAME ? clean : clean.substring(clean.length() - MAX_FILE_NAME);
    }
}
