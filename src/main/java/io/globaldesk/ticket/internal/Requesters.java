package io.globaldesk.ticket.internal;

import java.util.Locale;
import java.util.Optional;

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
        Optional<Organization> organization = ticket.organizationId() == null ? Optional.empty()
                : organizations.find(ticket.organizationId());
        String localeTag = Optional.ofNullable(ticket.requesterEmail()).flatMap(contacts::findByEmail).map(Contact::locale)
                .filter(l -> !l.isBlank())
                .orElse(organization.map(Organization::locale).orElse(ticket.language()));
        CultureProfileCode profile = organization.map(o -> CultureProfileCode.valueOf(o.cultureProfile()))
                .orElse(CultureProfileCode.DEFAULT);
        String name = ticket.requesterName() == null || ticket.requesterName().isBlank() ? ticket.requesterEmail()
                : ticket.requesterName();
        return new Requester(name, Locale.forLanguageTag(localeTag == null ? "en" : localeTag), profile);
    }
}
