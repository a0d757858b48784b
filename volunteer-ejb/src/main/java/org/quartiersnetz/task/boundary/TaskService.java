package org.quartiersnetz.task.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.common.entity.Texts;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.family.boundary.FamilyService;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.task.control.TaskAccess;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskChange;
import org.quartiersnetz.task.entity.TaskStatus;
import org.quartiersnetz.task.entity.TaskType;

/** Carrier staff create and keep their tasks; every change is written to the task's history. */
@Stateless
public class TaskService {

    static final String TYPE_UNKNOWN = "task.type.unknown";
    static final String SITE_UNKNOWN = "task.site.unknown";
    static final String PLACE_REQUIRED = "task.place.required";
    static final String FAMILY_UNKNOWN = "task.family.unknown";
    static final String SCHEDULE_REVERSED = "task.schedule.reversed";
    static final String SCHEDULE_OVERLAPS = "task.schedule.overlaps";
    static final String STEP_NOT_ALLOWED = "task.status.notAllowed";
    static final String SCHEDULING_FIXED = "task.type.schedulingFixed";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TaskAccess access;

    @Inject
    FamilyService families;

    @Inject
    BookingService bookingService;

    @Inject
    Event<TaskClosed> closed;

    @Inject
    Event<TaskChanged> edited;

    public Task create(@NotNull Caller caller, @NotNull @Valid TaskInput input) {
        if (!caller.isCarrierStaff()) {
            throw new NotFoundException(TaskAccess.UNKNOWN);
        }
        Instant now = clock.instant();
        Task task = new Task(em.getReference(Carrier.class, caller.carrierId()), caller.accountId(), now);
        apply(task, caller, input);
        em.persist(task);
        em.flush();
        em.persist(new TaskChange(task.getId(), caller.accountId(), now, TaskChange.Kind.CREATED, ""));
        return task;
    }

    public Task update(@NotNull Caller caller, long id, @NotNull @Valid TaskInput input) {
        // locked: places taken by an acceptance at the same moment are counted against the new number
        Task task = access.requireEditable(caller, em.find(Task.class, id, LockModeType.PESSIMISTIC_WRITE));
        Map<String, Object> before = snapshot(task);
        apply(task, caller, input);
        List<String> changed = changedFields(before, snapshot(task));
        if (!changed.isEmpty()) {
            Instant now = clock.instant();
            task.touch(now);
            em.persist(new TaskChange(id, caller.accountId(), now, TaskChange.Kind.EDITED, String.join(",", changed)));
            edited.fire(new TaskChanged(id, caller.accountId()));
        }
        return task;
    }

    /** Publish (OPEN), close (CLOSED) or reopen (OPEN); anything else answers with the allowed steps. */
    public Task changeStatus(@NotNull Caller caller, long id, @NotNull TaskStatus next) {
        Task task = access.requireEditable(caller, em.find(Task.class, id, LockModeType.PESSIMISTIC_WRITE));
        TaskStatus current = task.getStatus();
        if (!current.nextByStaff().contains(next)) {
            throw InvalidStateException.notAllowed(STEP_NOT_ALLOWED, current.nextByStaff(), current, next);
        }
        task.moveTo(next);
        if (next == TaskStatus.CLOSED) {
            bookingService.releaseComing(task);
            closed.fire(new TaskClosed(id, caller.accountId()));
        }
        Instant now = clock.instant();
        task.touch(now);
        em.persist(
                new TaskChange(id, caller.accountId(), now, TaskChange.Kind.STATUS, current + ">" + task.getStatus()));
        return task;
    }

    public Task get(@NotNull Caller caller, long id) {
        return access.requireReadable(caller, em.find(Task.class, id));
    }

    /** Whether the caller keeps the task (staff of its carrier); others at most read it. */
    public boolean mayEdit(@NotNull Caller caller, @NotNull Task task) {
        return access.isOwn(caller, task);
    }

    public List<TaskChange> history(@NotNull Caller caller, long id) {
        get(caller, id);
        return em.createNamedQuery(TaskChange.FIND_BY_TASK, TaskChange.class)
                .setParameter("task", id)
                .getResultList();
    }

    /** A page of the caller's tasks (all carriers' for the network coordinator), newest first. */
    public Page<Task> list(@NotNull Caller caller, TaskStatus status, String typeCode, int page, int size) {
        Long carrier = access.carrierScope(caller);
        if (carrier == null && !caller.is(Role.NETWORK_COORDINATOR)) {
            return new Page<>(List.of(), page, size, 0);
        }
        // only the filters given: PostgreSQL cannot type a parameter that is null in "? IS NULL"
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> values = new HashMap<>();
        filter(where, values, "t.carrier.id", "carrier", carrier);
        filter(where, values, "t.status", "status", status);
        filter(where, values, "t.type.code", "type", typeCode);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Task t" + where, Long.class);
        TypedQuery<Task> rows =
                em.createQuery("SELECT t FROM Task t" + where + " ORDER BY t.updatedAt DESC, t.id DESC", Task.class);
        values.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Task> content = rows.setFirstResult((int) Math.min((long) page * size, Integer.MAX_VALUE))
                .setMaxResults(size)
                .getResultList();
        return new Page<>(content, page, size, total);
    }

    private static void filter(
            StringBuilder where, Map<String, Object> values, String path, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(path).append(" = :").append(name);
            values.put(name, value);
        }
    }

    /** The family code of a task for the owning carrier's staff; null for everybody else. */
    public String familyCode(Caller caller, Task task) {
        if (task.getFamilyId() == null || !access.seesInternals(caller, task)) {
            return null;
        }
        return em.find(Family.class, task.getFamilyId()).getCode();
    }

    private void apply(Task task, Caller caller, TaskInput input) {
        TaskType type = typeOf(input.getType());
        Site site = siteOf(caller, input.getSiteId());
        if ((site == null) == !input.isAtFamilyHome()) {
            throw InvalidInputException.onField("siteId", PLACE_REQUIRED);
        }
        if (task.getId() != null
                && task.getType() != type
                && task.getType().isSlotBased() != type.isSlotBased()
                && !em.createNamedQuery(Slot.FIND_STARTS, Instant.class)
                        .setParameter("task", task)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            throw InvalidInputException.onField("type", SCHEDULING_FIXED);
        }
        Long family = familyOf(caller, input.getFamilyId());
        Set<WeeklyTime> schedule = scheduleOf(input.getSchedule());
        task.describe(type, input.texts());
        task.place(site, input.isAtFamilyHome(), family);
        task.plan(
                schedule,
                input.getStartsOn(),
                input.getDurationMonths(),
                input.getHoursPerWeek(),
                input.getVolunteersNeeded());
        task.require(input.getLanguages(), input.getSkills());
        task.setStaffNote(blank(input.getStaffNote()));
    }

    private TaskType typeOf(String code) {
        List<TaskType> found = em.createNamedQuery(TaskType.FIND_BY_CODES, TaskType.class)
                .setParameter("codes", List.of(code.strip()))
                .getResultList();
        if (found.isEmpty()) {
            throw InvalidInputException.onField("type", TYPE_UNKNOWN, code);
        }
        return found.get(0);
    }

    private Site siteOf(Caller caller, Long id) {
        if (id == null) {
            return null;
        }
        Site site = em.find(Site.class, id);
        if (site == null || !site.getCarrier().getId().equals(caller.carrierId())) {
            throw InvalidInputException.onField("siteId", SITE_UNKNOWN);
        }
        return site;
    }

    private Long familyOf(Caller caller, Long id) {
        if (id == null) {
            return null;
        }
        return families.findVisible(caller, id)
                .map(Family::getId)
                .orElseThrow(() -> InvalidInputException.onField("familyId", FAMILY_UNKNOWN));
    }

    /** End after start, and no two times of one day overlapping. */
    static Set<WeeklyTime> scheduleOf(List<WeeklyTime> times) {
        Set<WeeklyTime> schedule = new TreeSet<>();
        for (int i = 0; i < times.size(); i++) {
            WeeklyTime time = times.get(i);
            if (!time.isOrdered()) {
                throw InvalidInputException.onField("schedule[" + i + "]", SCHEDULE_REVERSED);
            }
            for (WeeklyTime other : schedule) {
                if (other.overlaps(time)) {
                    throw InvalidInputException.onField("schedule[" + i + "]", SCHEDULE_OVERLAPS);
                }
            }
            schedule.add(time);
        }
        return schedule;
    }

    private static Map<String, Object> snapshot(Task task) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", task.getType().getCode());
        Texts texts = task.getTexts();
        fields.put("titleDe", texts.titleIn("de"));
        fields.put("titleEn", texts.titleIn("en"));
        fields.put("descriptionDe", texts.descriptionIn("de"));
        fields.put("descriptionEn", texts.descriptionIn("en"));
        fields.put("siteId", task.getSite() == null ? null : task.getSite().getId());
        fields.put("atFamilyHome", task.isAtFamilyHome());
        fields.put("familyId", task.getFamilyId());
        fields.put("schedule", task.getSchedule());
        fields.put("startsOn", task.getStartsOn());
        fields.put("durationMonths", task.getDurationMonths());
        fields.put(
                "hoursPerWeek",
                task.getHoursPerWeek() == null ? null : task.getHoursPerWeek().stripTrailingZeros());
        fields.put("languages", task.getLanguages());
        fields.put("skills", task.getSkills());
        fields.put("volunteersNeeded", task.getVolunteersNeeded());
        fields.put("staffNote", task.getStaffNote());
        return fields;
    }

    private static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
