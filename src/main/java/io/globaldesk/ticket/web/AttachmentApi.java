package io.globaldesk.ticket.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.ticket.TicketAttachment;
import io.globaldesk.ticket.TicketAttachments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files on a ticket: upload (multipart, field {@code file}), list, and download (always as an attachment, never inline). */
@RestController
@RequestMapping("/api/v1/tickets/{ticketId}/attachments")
@PreAuthorize("hasAnyRole('AGENT', 'CUSTOMER')")
class AttachmentApi {

    record AttachmentView(UUID id, String fileName, String contentType, long size, boolean internal, String uploadedBy,
                          Instant createdAt) {
        static AttachmentView of(TicketAttachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size(), a.internal(), a.uploadedBy(), a.createdAt());
        }
    }

    private final TicketAttachments attachments;

    AttachmentApi(TicketAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> upload(@PathVariable UUID ticketId, @RequestPart("file") MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean internal) throws IOException {
        TicketAttachment saved = attachments.attach(Actor.current(), ticketId, file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), internal);
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticketId + "/attachments/" + saved.id()))
                .body(AttachmentView.of(saved));
    }

    @GetMapping
    List<AttachmentView> list(@PathVariable UUID ticketId) {
        return attachments.of(Actor.current(), ticketId).stream().map(AttachmentView::of).toList();
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID ticketId, @PathVariable UUID attachmentId) {
        return response(attachments.download(Actor.current(), ticketId, attachmentId));
    }

    /** The file itself, as an attachment: a browser saves it rather than rendering it in GlobalDesk's origin. */
    static ResponseEntity<byte[]> response(TicketAttachments.Download d) {
        return ResponseEntity.ok().contentType(mediaType(d.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(d.content());
    }

    private static MediaType mediaType(String stored) {
        try {
            return MediaType.parseMediaType(stored);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
