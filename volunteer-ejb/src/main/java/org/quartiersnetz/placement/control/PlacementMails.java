package org.quartiersnetz.placement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.notification.control.Mails;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementLifecycle.Actor;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** Mails about a placement: to the volunteer (their language) and to staff of the task's carrier (theirs). */
@ApplicationScoped
public class PlacementMails {

    @Inject
    Mails notifications;

    @Inject
    MailSettings mail;

    /** Name, task, carrier, link to the volunteer's placements, then {@code more}. */
    public void toVolunteer(Placement placement, String template, Object... more) {
        Volunteer volunteer = placement.getVolunteer();
        String language = volunteer.getAccount().getPreferredLanguage();
        Task task = placement.getTask();
        Object[] args = concat(
                new Object[] {
                    volunteer.getFirstName(),
                    task.title(Locale.forLanguageTag(language)),
                    task.getCarrier().getName(),
                    mail.link("/volunteer/placements.xhtml?id=" + placement.getId())
                },
                more);
        notifications.enqueue(volunteer.getAccount().getEmail(), language, template, args);
    }

    /**
     * Volunteer's name, task, link to the placement's page for staff, then {@code more}: to the member
     * of staff who created the task, or, when their account is disabled, to the carrier's coordinators.
     */
    public void toStaff(EntityManager em, Placement placement, String template, Object... more) {
        Task task = placement.getTask();
        UserAccount creator = em.find(UserAccount.class, task.getCreatedBy());
        List<UserAccount> recipients = creator != null && !creator.isDisabled()
                ? List.of(creator)
                : em.createQuery(
                                "SELECT a FROM UserAccount a WHERE a.carrier = :carrier AND a.role = :role"
                                        + " AND a.disabledAt IS NULL",
                                UserAccount.class)
                        .setParameter("carrier", task.getCarrier())
                        .setParameter("role", Role.CARRIER_COORDINATOR)
                        .getResultList();
        recipients.forEach(staff -> toAccount(staff, placement, template, more));
    }

    /** Volunteer's name, task, link to the placement's page for staff, then {@code more}: to this member of staff. */
    public void toAccount(UserAccount staff, Placement placement, String template, Object... more) {
        Volunteer volunteer = placement.getVolunteer();
        String language = staff.getPreferredLanguage();
        Object[] args = concat(
                new Object[] {
                    volunteer.getName(),
                    placement.getTask().title(Locale.forLanguageTag(language)),
                    mail.link("/staff/placement.xhtml?id=" + placement.getId())
                },
                more);
        notifications.enqueue(staff.getEmail(), language, template, args);
    }

    private static Object[] concat(Object[] first, Object[] more) {
        Object[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /**
     * Who is told of a step the placement has just taken: the volunteer of what staff did, staff of
     * what the volunteer did, the member of staff who holds an intro meeting someone else set.
     */
    public void afterStep(
            EntityManager em, long callerAccountId, Placement placement, Actor actor, Supplier<String> introStaffName) {
        switch (placement.getStatus()) {
            case ACCEPTED -> toStaff(em, placement, "mail.placementAccepted");
            case DECLINED ->
                toStaff(
                        em,
                        placement,
                        "mail.placementDeclined",
                        placement.getEndReason() == null ? "–" : placement.getEndReason());
            case INTRO_MEETING -> {
                toVolunteer(
                        placement,
                        "mail.placementIntroMeeting",
                        SlotTimes.moment(
                                placement.getIntroMeetingAt(),
                                placement.getVolunteer().getAccount().getPreferredLanguage()),
                        introStaffName.get());
                if (placement.getIntroStaff().getId() != callerAccountId) {
                    toAccount(
                            placement.getIntroStaff(),
                            placement,
                            "mail.placementIntroMeetingStaff",
                            SlotTimes.moment(
                                    placement.getIntroMeetingAt(),
                                    placement.getIntroStaff().getPreferredLanguage()));
                }
            }
            case ACTIVE -> toVolunteer(placement, "mail.placementActive");
            case ENDED -> toVolunteer(placement, "mail.placementEnded", placement.getEndReason());
            case CANCELLED -> {
                if (actor == Actor.VOLUNTEER) {
                    toStaff(em, placement, "mail.placementCancelledByVolunteer", placement.getEndReason());
                } else {
                    toVolunteer(placement, "mail.placementCancelled", placement.getEndReason());
                }
            }
            default -> {
                // getting to know each other and the trial period are agreed in person
            }
        }
    }
}
