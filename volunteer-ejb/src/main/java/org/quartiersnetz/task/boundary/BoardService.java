package org.quartiersnetz.task.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.notification.control.Mails;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.task.control.BoardSearch;
import org.quartiersnetz.task.control.TaskAccess;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskInterest;
import org.quartiersnetz.task.entity.TaskType;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * The public opportunity board: open tasks of all carriers, without anything about a family or
 * a staff note; and neighbours saying "I'm interested", which tells the carrier's staff.
 */
@Stateless
public class BoardService {

    static final String TEMPLATE = "mail.taskInterest";
    static final String INVALID_FILTER = "common.query.invalidValue";
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    BoardSearch search;

    @Inject
    TaskAccess access;

    @Inject
    VolunteerService volunteers;

    @Inject
    Mails notifications;

    @Inject
    MailSettings mail;

    /** A page of the board; an unknown type, language or place is the caller's mistake (400). */
    public Page<Task> search(@NotNull BoardFilter filter) {
        if (filter.type() != null
                && em.createNamedQuery(TaskType.FIND_BY_CODES, TaskType.class)
                        .setParameter("codes", List.of(filter.type()))
                        .getResultList()
                        .isEmpty()) {
            throw InvalidInputException.onField("type", TaskService.TYPE_UNKNOWN, filter.type());
        }
        if (filter.language() != null && !LANGUAGES.contains(filter.language())) {
            throw InvalidInputException.onField("language", INVALID_FILTER, filter.language());
        }
        if (filter.place() != null
                && !BoardFilter.AT_FAMILY_HOME.equals(filter.place())
                && !filter.place().matches("[0-9]{1,18}")) {
            throw InvalidInputException.onField("place", INVALID_FILTER, filter.place());
        }
        return search.search(em, filter);
    }

    /** An open task as the board shows it; closed, draft and filled ones are not there. */
    public Task get(long id) {
        Task task = em.find(Task.class, id);
        if (task == null || !task.getStatus().isOnBoard()) {
            throw new NotFoundException(TaskAccess.UNKNOWN);
        }
        return task;
    }

    /**
     * Records the signed-in volunteer's interest (once) and mails the staff member who created the
     * task. Saying "I'm interested" also lets the task's carrier see the volunteer's profile.
     *
     * @return true when this is new, false when the volunteer had said so before
     */
    public boolean expressInterest(@NotNull Caller caller, long taskId) {
        Task task = get(taskId);
        Volunteer volunteer = volunteers.getOwn(caller);
        // one request at a time per volunteer: a double tap must not break the unique key
        em.lock(volunteer, LockModeType.PESSIMISTIC_WRITE);
        if (!em.createNamedQuery(TaskInterest.FIND, TaskInterest.class)
                .setParameter("task", task)
                .setParameter("volunteer", volunteer)
                .getResultList()
                .isEmpty()) {
            return false;
        }
        em.persist(new TaskInterest(task, volunteer, clock.instant()));
        volunteer.chooseCarrier(task.getCarrier());
        changed.fire(new VolunteerChanged(volunteer.getId()));
        UserAccount creator = em.find(UserAccount.class, task.getCreatedBy());
        if (creator != null && !creator.isDisabled()) {
            String language = creator.getPreferredLanguage();
            notifications.enqueue(
                    creator.getEmail(),
                    language,
                    TEMPLATE,
                    task.title(Locale.forLanguageTag(language)),
                    volunteer.getName(),
                    mail.link("/staff/volunteer.xhtml?id=" + volunteer.getId()),
                    mail.link("/staff/task.xhtml?id=" + task.getId()));
        }
        return true;
    }

    /** Who said "I'm interested" in one of the caller's tasks, in the order they came. */
    public List<TaskInterest> interests(@NotNull Caller caller, long taskId) {
        Task task = access.requireReadable(caller, em.find(Task.class, taskId));
        return em.createNamedQuery(TaskInterest.FIND_BY_TASK, TaskInterest.class)
                .setParameter("task", task)
                .getResultList();
    }
}
