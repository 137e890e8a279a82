package io.globaldesk.assistant.web;

import io.globaldesk.assistant.AssistantService;
import io.globaldesk.assistant.Citation;
import io.globaldesk.assistant.internal.ConversationStore;
import io.globaldesk.platform.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The assistant's chat API (see api-contract.md, Assistant): customers with their tokens, staff on behalf of anyone. */
@RestController
@RequestMapping("/api/v1/assistant")
@PreAuthorize("hasAnyRole('CUSTOMER', 'AGENT')")
class AssistantApi {

    record MessageBody(UUID conversationId,
                       @NotBlank @Size(max = AssistantService.MAX_TEXT) String text,
                       @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*") String locale,
                       UUID organizationId) {
    }

    record FeedbackBody(@NotNull Boolean helpful) {
    }

    record AgentMessageBody(@NotBlank @Size(max = AssistantService.MAX_TEXT) String text) {
    }

    record CitationView(long articleId, String externalId, String title, String locale, double score, String url) {
        static CitationView of(Citation c) {
            return new CitationView(c.articleId(), c.externalId(), c.title(), c.locale(), c.score(), c.url());
        }
    }

    record Handoff(UUID ticketId) {
    }

    record ReplyView(UUID conversationId, UUID messageId, String language, boolean answered, String reply,
                     List<CitationView> citations, double confidence, Handoff handoff) {
    }

    record MessageView(UUID id, int seq, String author, String authorName, String text, String language,
                       Boolean answered, Double confidence, List<CitationView> citations, Integer feedback,
                       Instant createdAt) {
        static MessageView of(ConversationStore.Message m) {
            return new MessageView(m.id(), m.seq(), m.author(), m.authorName(), m.body(), m.language(), m.answered(),
                    m.confidence(), m.citations().stream().map(CitationView::of).toList(), m.feedback(), m.createdAt());
        }
    }

    private final AssistantService assistant;

    AssistantApi(AssistantService assistant) {
        this.assistant = assistant;
    }

    @PostMapping("/messages")
    ReplyView post(@Valid @RequestBody MessageBody body) {
        AssistantService.Reply reply = assistant.post(Actor.current(), body.conversationId(), body.text(), body.locale(),
                body.organizationId());
        return new ReplyView(reply.conversationId(), reply.messageId(), reply.language(), reply.answered(), reply.reply(),
                reply.citations().stream().map(CitationView::of).toList(), reply.confidence(),
                reply.handoffTicketId() == null ? null : new Handoff(reply.handoffTicketId()));
    }

    @PostMapping("/messages/{id}/feedback")
    Map<String, Object> feedback(@PathVariable UUID id, @Valid @RequestBody FeedbackBody body) {
        assistant.feedback(Actor.current(), id, body.helpful());
        return Map.of("messageId", id, "helpful", body.helpful());
    }

    @GetMapping("/conversations/{id}")
    List<MessageView> transcript(@PathVariable UUID id) {
        return assistant.transcript(Actor.current(), id).stream().map(MessageView::of).toList();
    }

    @PostMapping("/conversations/{id}/takeover")
    @PreAuthorize("hasRole('AGENT')")
    MessageView takeOver(@PathVariable UUID id) {
        return MessageView.of(assistant.takeOver(Actor.current(), id));
    }

    @PostMapping("/conversations/{id}/agent-messages")
    @PreAuthorize("hasRole('AGENT')")
    MessageView postAsAgent(@PathVariable UUID id, @Valid @RequestBody AgentMessageBody body) {
        return MessageView.of(assistant.postAsAgent(Actor.current(), id, body.text()));
    }

    @GetMapping("/stats")
    List<AssistantService.Stats> stats() {
        return assistant.stats(Actor.current());
    }
}
