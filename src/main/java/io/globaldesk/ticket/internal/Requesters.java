package io.globaldesk.ticket.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.globaldesk.culture.CultureProfileCode;
import io.globaldesk.directory.Contact;
import io.globaldesk.directory.Contacts;
import io.globaldesk.directory.Organization;
import io.globaldesk.directory.Organizations;
import io.globaldesk.ticket.Ticket;
import org.springframework.stereotype.Component;

/** Who a ticket's requester is as an addressee: the name to greet, the language to write in and the culture profile. */
@Component
public class Requesters {

    /** The requester as mail and reply templates address them. */
    public record Requester(String name, Locale locale, CultureProfileCode profile) {
    }

    private final Organizations organizations;
    private final Contacts contacts;

    Requesters(Organizations organizations, Contacts contacts) {
        this.organizations = organizations;
        this.contacts = contacts;
    }

    /** The requester's own language where their contact has one, else the organization's, else the ticket's. */
    public Requester of(Ticket ticket) {
        Optional<Contact> contact = Optional.ofNullable(ticket.requesterEmail()).flatMap(contacts::findByEmail);
        return of(ticket, contact.orElse(null));
    }

    /** As {@link #of(Ticket)} for many tickets, looking their contacts up together; keyed by ticket id. */
    public Map<UUID, Requester> of(List<Ticket> tickets) {
        Map<String, Contact> contacts = this.contacts.findByEmails(tickets.stream().map(Ticket::requesterEmail)
                .filter(Objects::nonNull).toList());
        Map<UUID, Requester> requesters = new HashMap<>();
        for (Ticket t : tickets) {
            Contact contact = t.requesterEmail() == null ? null : contacts.get(t.requesterEmail().toLowerCase(Locale.ROOT));
            requesters.put(t.id(), of(t, contact));
        }
        return requesters;
    }

    private Requester of(Ticket ticket, Contact contact) {
        Optional<Organization> organization = ticket.organizationId() == null ? Optional.empty()
                : organizations.find(ticket.organizationId());
        String localeTag = Optional.ofNullable(contact).map(Contact::locale).filter(l -> !l.isBlank())
                .orElse(organization.map(Organization::locale).orElse(ticket.language()));
        CultureProfileCode profile = organization.map(o -> CultureProfileCode.valueOf(o.cultureProfile()))
                .orElse(CultureProfileCode.DEFAULT);
        String name = ticket.requesterName() == null || ticket.requesterName().isBlank() ? ticket.requesterEmail()
                : ticket.requesterName();
        return new Requester(name, Locale.forLanguageTag(localeTag == null ? "en" : localeTag), profile);
    }
}
