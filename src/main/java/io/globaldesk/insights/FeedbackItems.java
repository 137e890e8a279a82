package io.globaldesk.insights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.globaldesk.insights.FeedbackItem.OwnerTeam;
import io.globaldesk.insights.FeedbackItem.SourceType;
import io.globaldesk.insights.FeedbackItem.Status;
import io.globaldesk.insights.internal.FeedbackRepository;
import io.globaldesk.insights.internal.GapRepository;
import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import io.globaldesk.platform.web.NotFoundException;
import io.globaldesk.ticket.TicketFact;
import io.globaldesk.ticket.TicketFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback items for product, R&D and documentation. An item comes from a topic, a documentation gap or a ticket; its
 * evidence (tickets, how often, which organizations) is gathered when it is created.
 */
@Service
public class FeedbackItems {

    /** What a new item says and where it comes from; {@code evidenceTicketIds} may be empty for a gap. */
    public record Draft(String title, String description, OwnerTeam ownerTeam, SourceType sourceType, String sourceRef,
                        List<UUID> evidenceTicketIds, Integer evidenceCount) {
    }

    private final FeedbackRepository items;
    private final GapRepository gaps;
    private final TicketFacts tickets;
    private final Clock clock;

    FeedbackItems(FeedbackRepository items, GapRepository gaps, TicketFacts tickets, Clock clock) {
        this.items = items;
        this.gaps = gaps;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Transactional
    public FeedbackItem create(Draft draft, String createdBy) {
        Set<UUID> evidence = new LinkedHashSet<>(draft.evidenceTicketIds() == null ? List.of() : draft.evidenceTicketIds());
        int count = draft.evidenceCount() == null ? 0 : draft.evidenceCount();
        Set<UUID> organizations = new LinkedHashSet<>();
        switch (draft.sourceType()) {
            case TICKET -> {
                UUID ticket = parse(draft.sourceRef());
                evidence.add(ticket);
            }
            case GAP -> {
                long gap = parseGap(draft.sourceRef());
                GapRepository.GapRow row = gaps.find(gap).orElseThrow(() -> new InvalidInputException("sourceRef", "no documentation gap has id " + gap));
                count = Math.max(count, row.count());
                organizations.addAll(gaps.organizationsOf(gap));
            }
            case TOPIC -> {
                if (draft.sourceRef() == null || draft.sourceRef().isBlank()) throw new InvalidInputException("sourceRef", "names the topic");
            }
        }
        List<TicketFact> found = tickets.byIds(new ArrayList<>(evidence));
        if (found.size() != evidence.size()) throw new InvalidInputException("evidenceTicketIds", "every evidence ticket must exist");
        for (TicketFact f : found) if (f.organizationId() != null) organizations.add(f.organizationId());
        count = Math.max(count, evidence.size());
        Instant now = clock.instant();
        UUID id = items.insert(new FeedbackItem(null, draft.title().strip(), draft.description() == null ? "" : draft.description().strip(),
                draft.ownerTeam(), Status.OPEN, draft.sourceType(), draft.sourceRef().strip(), List.copyOf(evidence), count,
                List.copyOf(organizations), createdBy, now, now));
        return get(id);
    }

    public FeedbackItem get(UUID id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("feedback-item", id));
    }

    public List<FeedbackItem> list(Status status, OwnerTeam team, int limit) {
        return items.list(status == null ? null : status.name(), team == null ? null : team.name(), Math.max(1, Math.min(limit, 1000)));
    }

    @Transactional
    public FeedbackItem update(UUID id, String title, String description, OwnerTeam team, Status status) {
        FeedbackItem item = get(id);
        if (status != item.status() && !item.status().canMoveTo(status)) {
            throw new ConflictException("status", "a " + item.status() + " item can only be re-opened, not moved to " + status);
        }
        items.update(id, title.strip(), description == null ? "" : description.strip(), team, status, clock.instant());
        return get(id);
    }

    @Transactional
    public void delete(UUID id) {
        if (!items.delete(id)) throw new NotFoundException("feedback-item", id);
    }

    public List<FeedbackItem> createdSince(Instant since) {
        return items.createdSince(since);
    }

    /** The items as CSV (RFC 4180), cells that a spreadsheet would run as a formula defused with a leading quote. */
    public String csv(Status status, OwnerTeam team) {
        StringBuilder out = new StringBuilder("id,title,owner_team,status,source_type,source_ref,evidence_count,evidence_tickets,affected_organizations,created_by,created_at,updated_at\r\n");
        for (FeedbackItem i : list(status, team, 1000)) {
            out.append(String.join(",", List.of(cell(i.id().toString()), cell(i.title()), i.ownerTeam().name(), i.status().name(),
                    i.sourceType().name(), cell(i.sourceRef()), Integer.toString(i.evidenceCount()),
                    cell(join(i.evidenceTicketIds())), cell(join(i.affectedOrganizationIds())), cell(i.createdBy()),
                    i.createdAt().toString(), i.updatedAt().toString()))).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains("'")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String join(List<UUID> ids) {
        return String.join(" ", ids.stream().map(UUID::toString).toList());
    }

    private static UUID parse(String ref) {
        try {
            return UUID.fromString(ref == null ? "" : ref.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sourceRef", "a ticket source is the ticket's id");
        }
    }

    private static long parseGap(String ref) {
        try {
            return Long.parseLong(ref == null ? "" : ref.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("sourceRef", "a gap source is the documentation gap's id");
        }
    }
}
