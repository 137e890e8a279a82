package io.globaldesk.assistant.web;

import io.globaldesk.assistant.AssistantService;
import io.globaldesk.platform.security.Actor;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The portal's assistant page: the chat widget embedded inline, talking to same-origin endpoints with the signed-in
 * customer's session (and CSRF token) instead of a bearer token.
 */
@Controller
class AssistantPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] LABELS = {"title", "open", "close", "placeholder", "send", "sources", "helpful",
            "notHelpful", "human", "ticket", "error", "thinking"};

    private final AssistantService assistant;
    private final AssistantApi api;
    private final MessageSource messages;

    AssistantPages(AssistantService assistant, MessageSource messages) {
        this.assistant = assistant;
        this.api = new AssistantApi(assistant);
        this.messages = messages;
    }

    @GetMapping("/portal/assistant")
    String page(Model model, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : LABELS) {
            labels.put(key, messages.getMessage("assistant.widget." + key, null, locale));
        }
        model.addAttribute("widgetLabels", JSON.writeValueAsString(labels));
        model.addAttribute("widgetLocale", locale.getLanguage());
        return "assistant/portal";
    }

    @PostMapping("/portal/assistant/messages")
    @ResponseBody
    AssistantApi.ReplyView post(@Valid @RequestBody AssistantApi.MessageBody body) {
        return api.post(body);
    }

    @PostMapping("/portal/assistant/messages/{id}/feedback")
    @ResponseBody
    Map<String, Object> feedback(@PathVariable UUID id, @Valid @RequestBody AssistantApi.FeedbackBody body) {
        assistant.feedback(Actor.current(), id, body.helpful());
        return Map.of("messageId", id, "helpful", body.helpful());
    }
}
