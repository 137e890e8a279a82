package io.globaldesk.ticket.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.ticket.TicketAttachments;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attachments on the agents' ticket page: the upload form and the download links. */
@Controller
@PreAuthorize("hasRole('AGENT')")
class AttachmentPages {

    private final TicketAttachments attachments;

    AttachmentPages(TicketAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/tickets/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean internal, RedirectAttributes flash) {
        try {
            return TicketPages.attempt(() -> attachments.attach(Actor.current(), id, file.getOriginalFilename(),
                    file.getContentType(), bytes(file), internal), "/tickets/" + id, flash);
        } catch (MaxUploadSizeExceededException e) {
            flash.addFlashAttribute("formErrors", List.of(new InvalidInputException.FieldError("file",
                    "is larger than " + attachments.maxBytes() + " bytes")));
            return "redirect:/tickets/" + id;
        }
    }

    @GetMapping("/tickets/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return AttachmentApi.response(attachments.download(Actor.current(), id, attachmentId));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
