package org.quartiersnetz.volunteer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.notification.control.MailTexts;
import org.quartiersnetz.notification.control.Mails;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.volunteer.control.VolunteerSearch;
import org.quartiersnetz.volunteer.entity.GroupMessage;

/**
 * E-mails from staff to a filtered group of the volunteers they may see, through the outbox.
 * Only volunteers who want circular mails get them, and nobody who left.
 */
@Stateless
public class GroupMessageService {

    static final String TEMPLATE = "mail.groupMessage";
    static final String PROFILE_PAGE = "/volunteer/edit-profile.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VolunteerSearch search;

    @Inject
    Mails notifications;

    @Inject
    MailSettings mail;

    /** How many would get it, and the mail as they would read it (in German). */
    public record Preview(int recipients, String subject, String body) implements Serializable {

        // Jakarta EL 5 (EE 10) reads bean getters, not record components
        public int getRecipients() {
            return recipients;
        }

        public String getSubject() {
            return subject;
        }

        public String getBody() {
            return body;
        }
    }

    public Preview preview(@NotNull Caller caller, @NotNull @Valid GroupMessageRequest request) {
        int recipients = search.contacts(em, caller, recipients(request)).size();
        MailTexts.Content content = MailTexts.render("de", TEMPLATE, arguments(caller, request));
        return new Preview(recipients, content.subject(), content.body());
    }

    /** Queues one mail per recipient, in the same transaction as the record of the message. */
    public GroupMessage send(@NotNull Caller caller, @NotNull @Valid GroupMessageRequest request) {
        List<VolunteerSearch.Contact> contacts = search.contacts(em, caller, recipients(request));
        Object[] arguments = arguments(caller, request);
        contacts.forEach(c -> notifications.enqueue(c.email(), c.language(), TEMPLATE, arguments));
        GroupMessage message = new GroupMessage(
                em.getReference(UserAccount.class, caller.accountId()),
                caller.carrierId() == null ? null : em.getReference(Carrier.class, caller.carrierId()),
                request.getSubject(),
                request.getBody(),
                request.describe(),
                contacts.size(),
                clock.instant());
        em.persist(message);
        return message;
    }

    /** Everyone who matches: the criteria for all pages (contacts are not paged). */
    private static VolunteerFilter recipients(GroupMessageRequest request) {
        return request.page(null, false, 0, 1);
    }

    private Object[] arguments(Caller caller, GroupMessageRequest request) {
        UserAccount account = em.find(UserAccount.class, caller.accountId());
        String sender = em.createNamedQuery(StaffMember.FIND_BY_ACCOUNT, StaffMember.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst()
                .map(s -> s.getName())
                .orElse(account.getEmail());
        String organisation = account.getCarrier() == null
                ? "Quartiersnetz"
                : account.getCarrier().getShortName();
        return new Object[] {request.getSubject(), request.getBody(), sender, organisation, mail.link(PROFILE_PAGE)};
    }
}
