package io.globaldesk.assistant;

import io.globaldesk.assistant.internal.AssistantMessages;
import io.globaldesk.assistant.internal.ConversationStore;
import io.globaldesk.assistant.internal.ConversationStore.Conversation;
import io.globaldesk.assistant.internal.ConversationStore.Message;
import io.globaldesk.assistant.internal.InputScreen;
import io.globaldesk.assistant.internal.KnowledgeBaseContents;
import io.globaldesk.assistant.internal.LlmWriter;
import io.globaldesk.culture.CultureProfileCode;
import io.globaldesk.culture.CultureProfiles;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.directory.SupportCenter;
import io.globaldesk.directory.SupportCenters;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.KnowledgeIndex;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.ticket.AuthorType;
import io.globaldesk.ticket.Channel;
import io.globaldesk.ticket.NewTicket;
import io.globaldesk.ticket.Ticket;
import io.globaldesk.ticket.TicketIntake;
import io.globaldesk.ticket.Tickets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Conversations with the assistant: stores every message, answers from the knowledge base, offers and performs the
 * hand-off to a person as a chat ticket, records votes, and lets an agent take a conversation over.
 */
@Service
public class AssistantService {

    /** Longer messages are refused with 400: nobody types more into a chat, and a paste of that size is hostile. */
    public static final int MAX_TEXT = 4_000;
    private static final int SUBJECT_CHARS = 120;

    private final ConversationStore store;
    private final KnowledgeBaseContents contents;
    private final KnowledgeIndex index;
    private final KnowledgeBase knowledgeBase;
    private final Organizations organizations;
    private final SupportCenters centers;
    private final TicketIntake intake;
    private final Tickets tickets;
    private final TemplateRenderer templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AssistantMessages messages = new AssistantMessages();
    private final InputScreen screen = new InputScreen();
    /** Stored text has no control or bidi-override characters (PostgreSQL refuses NUL in text anyway). */
    private final io.globaldesk.language.TextNormalizer normalizer = new io.globaldesk.language.TextNormalizer(MAX_TEXT);
    private volatile Engine engine;
    private final Optional<LlmWriter> llm;

    private record Engine(long version, Assistant assistant) {
    }

    /** What one message to the assistant gives back; {@code handoffTicketId} once the conversation went to a person. */
    public record Reply(UUID conversationId, UUID messageId, String language, boolean answered, String reply,
                        List<Citation> citations, double confidence, UUID handoffTicketId) {
    }

    public record Stats(String language, long questions, long answered, long deflected, double deflectionRate) {
    }

    AssistantService(ConversationStore store, KnowledgeBaseContents contents, KnowledgeIndex index,
                     KnowledgeBase knowledgeBase, Organizations organizations, SupportCenters centers,
                     TicketIntake intake, Tickets tickets, TemplateRenderer templates, ApplicationEventPublisher events,
                     Clock clock, Optional<LlmWriter> llm) {
        this.llm = llm;
        this.store = store;
        this.contents = contents;
        this.index = index;
        this.knowledgeBase = knowledgeBase;
        this.organizations = organizations;
        this.centers = centers;
        this.intake = intake;
        this.tickets = tickets;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /** The answering engine for the current articles; rebuilt (its word tables re-learnt) when they change. */
    Assistant assistant() {
        long version = contents.version();
        Engine current = engine;
        if (current == null || current.version() != version) {
            synchronized (this) {
                current = engine;
                if (current == null || current.version() != version) {
                    Assistant assistant = new Assistant(index, contents, knowledgeBase::termbase,
                            knowledgeBase.termbase().sourceTerms(), templates, AssistantSettings.defaults());
                    current = new Engine(version, assistant);
                    engine = current;
                }
            }
        }
        return current.assistant();
    }

    @Transactional
    public Reply post(Actor actor, UUID conversationId, String rawText, String locale, UUID organizationId) {
        String text = rawText == null ? null : normalizer.normalize(rawText);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "must not be blank");
        }
        if (rawText.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " characters");
        }
        Instant now = clock.instant();
        Conversation conversation = conversationId == null
                ? start(actor, organizationId, locale, now)
                : visible(actor, conversationId);
        Assistant assistant = assistant();
        List<Message> earlier = store.messages(conversation.id());
        List<PreviousTurn> history = earlier.stream()
                .filter(m -> m.author().equals("CUSTOMER"))
                .map(m -> new PreviousTurn(m.body(), m.language()))
                .toList();
        String language = assistant.languageOf(text, locale != null ? locale : conversation.language(), history);
        Locale userLocale = Locale.forLanguageTag(language);
        store.addMessage(conversation.id(), "CUSTOMER", actor.name(), text, language, null, null, null, null, List.of(), now);

        if (conversation.handoffTicketId() != null || conversation.takenOverName() != null) {
            // A person has the conversation: the message goes to them, the assistant stays quiet.
            if (conversation.handoffTicketId() != null) {
                tickets.find(conversation.handoffTicketId()).ifPresent(ticket ->
                        tickets.addArticle(ticket, AuthorType.CUSTOMER, actor.userId(), actor.name(), text, false, null, null));
            }
            store.update(conversation.id(), language, false, now);
            return new Reply(conversation.id(), null, language, false, "", List.of(), 0, conversation.handoffTicketId());
        }
        if (conversation.handoffOffered() && screen.isYes(text)) {
            return handOff(actor, conversation, language, userLocale, now);
        }
        CultureProfileCode profile = CultureProfileCode.valueOf(conversation.cultureProfile());
        AskerContext asker = new AskerContext(conversation.organizationId(), Set.of(), profile,
                actor.isCustomer() ? actor.name() : null);
        AssistantAnswer answer = assistant.answerIn(text, language, history, asker);
        if (answer.outcome() == AssistantAnswer.Outcome.HUMAN_REQUESTED) {
            return handOff(actor, conversation, language, userLocale, now);
        }
        if (answer.answered() && llm.isPresent()) {
            answer = rewritten(answer, language);
        }
        boolean offer = !answer.answered() && answer.outcome() != AssistantAnswer.Outcome.CLARIFYING;
        UUID messageId = store.addMessage(conversation.id(), "ASSISTANT", messages.text("assistant.name", userLocale),
                answer.reply(), language, answer.searchedText(), answer.outcome().name(), answer.answered(),
                answer.confidence(), answer.citations(), now);
        store.update(conversation.id(), language, offer, now);
        if (answer.outcome() == AssistantAnswer.Outcome.NO_ANSWER) {
            events.publishEvent(new QuestionUnanswered(conversation.id(), conversation.organizationId(), text, language,
                    "NO_ANSWER", now));
        }
        return new Reply(conversation.id(), messageId, language, answer.answered(), answer.reply(), answer.citations(),
                answer.confidence(), null);
    }

    /** The language model's wording from the cited articles alone, or the offline answer when it fails or strays. */
    private AssistantAnswer rewritten(AssistantAnswer answer, String language) {
        List<LlmWriter.Passage> passages = new ArrayList<>();
        for (Citation c : answer.citations()) {
            contents.find(c.externalId(), c.locale()).ifPresent(a -> passages.add(new LlmWriter.Passage(c.externalId(),
                    a.title(), "/help/" + c.locale() + "/" + c.externalId(), a.markdown())));
        }
        return llm.orElseThrow().write(answer.searchedText(), language, passages)
                .map(reply -> new AssistantAnswer(answer.language(), true, answer.outcome(), reply, answer.citations(),
                        answer.confidence(), answer.searchedText()))
                .orElse(answer);
    }

    /** Thumbs up or down on one of the assistant's answers; a thumbs down reports the question as unanswered. */
    @Transactional
    public void feedback(Actor actor, UUID messageId, boolean helpful) {
        Message message = store.message(messageId).filter(m -> m.author().equals("ASSISTANT"))
                .orElseThrow(() -> new NotFoundException("assistant message", messageId));
        Conversation conversation = visible(actor, message.conversationId());
        store.feedback(messageId, helpful ? 1 : -1);
        if (!helpful && (message.feedback() == null || message.feedback() >= 0)) {
            String question = store.messages(conversation.id()).stream()
                    .filter(m -> m.seq() < message.seq() && m.author().equals("CUSTOMER"))
                    .reduce((a, b) -> b).map(Message::body).orElse(message.question());
            events.publishEvent(new QuestionUnanswered(conversation.id(), conversation.organizationId(), question,
                    message.language(), "DOWNVOTED", clock.instant()));
        }
    }

    public List<Message> transcript(Actor actor, UUID conversationId) {
        return store.messages(visible(actor, conversationId).id());
    }

    /** An agent takes a live conversation over: the assistant stops answering and the customer is told. */
    @Transactional
    public Message takeOver(Actor agent, UUID conversationId) {
        Conversation conversation = visible(agent, conversationId);
        Instant now = clock.instant();
        store.takenOver(conversation.id(), agent.userId(), agent.name(), now);
        Locale locale = Locale.forLanguageTag(conversation.language());
        UUID id = store.addMessage(conversation.id(), "AGENT", agent.name(),
                messages.text("assistant.takenOver", locale, Map.of("agent", agent.name())), conversation.language(),
                null, null, null, null, List.of(), now);
        return store.message(id).orElseThrow();
    }

    /** A message written by the agent who took the conversation over. */
    @Transactional
    public Message postAsAgent(Actor agent, UUID conversationId, String rawText) {
        String text = rawText == null ? null : normalizer.normalize(rawText);
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "must be 1 to " + MAX_TEXT + " characters");
        }
        Conversation conversation = visible(agent, conversationId);
        if (conversation.takenOverName() == null) {
            takeOver(agent, conversationId);
        }
        UUID id = store.addMessage(conversation.id(), "AGENT", agent.name(), text, conversation.language(), null, null,
                null, null, List.of(), clock.instant());
        return store.message(id).orElseThrow();
    }

    /** Deflection per language: answered, not voted down, not handed to a person. Customers see their organization. */
    public List<Stats> stats(Actor actor) {
        UUID organization = actor.isCustomer() ? actor.organizationId() : null;
        return store.stats(organization).stream()
                .map(s -> new Stats(s.language(), s.questions(), s.answered(), s.deflected(),
                        s.questions() == 0 ? 0 : Math.round(1000.0 * s.deflected() / s.questions()) / 1000.0))
                .toList();
    }

    private Conversation start(Actor actor, UUID organizationId, String locale, Instant now) {
        UUID organization = actor.isCustomer() ? actor.organizationId() : organizationId;
        if (actor.isCustomer() && organizationId != null && !organizationId.equals(actor.organizationId())) {
            throw new NotFoundException("organization", organizationId);
        }
        Organization org = organization == null ? null : organizations.find(organization)
                .filter(o -> actor.canSee(o.id()))
                .orElseThrow(() -> new NotFoundException("organization", organizationId));
        String language = supported(locale).orElse(org != null ? supported(org.locale()).orElse("en") : "en");
        CultureProfileCode profile = org != null && org.cultureProfile() != null
                ? CultureProfileCode.valueOf(org.cultureProfile())
                : CultureProfiles.resolve(null, language);
        UUID id = UUID.randomUUID();
        store.create(id, org == null ? null : org.id(), actor.userId(), language, profile.name(), now);
        return store.find(id).orElseThrow();
    }

    private Conversation visible(Actor actor, UUID conversationId) {
        Conversation conversation = store.find(conversationId)
                .orElseThrow(() -> new NotFoundException("conversation", conversationId));
        boolean own = actor.isStaff()
                || (conversation.organizationId() != null && conversation.organizationId().equals(actor.organizationId())
                    && (conversation.userId() == null || conversation.userId().equals(actor.userId())));
        if (!own) {
            throw new NotFoundException("conversation", conversationId);
        }
        return conversation;
    }

    private Reply handOff(Actor actor, Conversation conversation, String language, Locale locale, Instant now) {
        List<Message> transcript = store.messages(conversation.id());
        String firstQuestion = transcript.stream().filter(m -> m.author().equals("CUSTOMER"))
                .map(Message::body).findFirst().orElse("");
        Set<String> cited = new LinkedHashSet<>();
        transcript.forEach(m -> m.citations().forEach(c -> cited.add(c.externalId())));
        List<String> tags = new ArrayList<>();
        tags.add("assistant");
        tags.add("lang-" + language);
        String subject = firstQuestion.length() > SUBJECT_CHARS ? firstQuestion.substring(0, SUBJECT_CHARS) + "…" : firstQuestion;
        String questions = String.join("\n", transcript.stream().filter(m -> m.author().equals("CUSTOMER")).map(Message::body).toList());
        Ticket ticket = intake.open(actor, new NewTicket(conversation.organizationId(), actor.name(), null,
                subject.isBlank() ? "Chat" : subject, transcript.isEmpty() ? questions : transcript.getFirst().body(),
                Channel.CHAT, null, null, null, null, tags, AuthorType.CUSTOMER, null));
        for (Message m : transcript.subList(Math.min(1, transcript.size()), transcript.size())) {
            AuthorType author = switch (m.author()) {
                case "ASSISTANT" -> AuthorType.ASSISTANT;
                case "AGENT" -> AuthorType.AGENT;
                default -> AuthorType.CUSTOMER;
            };
            tickets.addArticle(ticket, author, author == AuthorType.CUSTOMER ? actor.userId() : null,
                    m.authorName(), m.body(), false, null, null);
        }
        tickets.addArticle(ticket, AuthorType.SYSTEM, null, "assistant",
                "Assistant hand-off. Detected language: " + language + ". Cited articles: "
                        + (cited.isEmpty() ? "none" : String.join(", ", cited)) + ". Suggested category: "
                        + ticket.category() + ", severity: " + ticket.severity() + ".",
                true, null, null);
        store.handedOff(conversation.id(), ticket.id(), now);
        String reply = handoffText(ticket, locale, now);
        UUID messageId = store.addMessage(conversation.id(), "ASSISTANT", messages.text("assistant.name", locale), reply,
                language, null, AssistantAnswer.Outcome.HUMAN_REQUESTED.name(), false, 0.0, List.of(), now);
        return new Reply(conversation.id(), messageId, language, false, reply, List.of(), 0, ticket.id());
    }

    private String handoffText(Ticket ticket, Locale locale, Instant now) {
        String number = "GD-" + ticket.number();
        Optional<SupportCenter> center = ticket.supportCenter() == null ? Optional.empty()
                : centers.findByCode(ticket.supportCenter());
        String centerName = center.map(SupportCenter::name).orElse(ticket.supportCenter() == null ? "" : ticket.supportCenter());
        if (center.isPresent() && !center.get().calendar().isOpen(now)) {
            ZonedDateTime opens = center.get().calendar().nextOpening(now).atZone(center.get().timeZone());
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .format(opens) + " (" + opens.getZone().getId() + ")";
            return messages.text("assistant.handoff.outOfHours", locale,
                    Map.of("ticketNumber", number, "center", centerName, "opensAt", when));
        }
        if (ticket.assigneeName() != null) {
            return messages.text("assistant.handoff.inHours", locale,
                    Map.of("ticketNumber", number, "center", centerName, "assignee", ticket.assigneeName()));
        }
        return messages.text("assistant.handoff.unassigned", locale, Map.of("ticketNumber", number, "center", centerName));
    }

    private static Optional<String> supported(String locale) {
        try {
            return locale == null || locale.isBlank() ? Optional.empty()
                    : Optional.of(io.globaldesk.knowledge.KnowledgeLanguage.of(locale).code());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
