package org.quartiersnetz.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.omnifaces.util.Faces;
import org.quartiersnetz.carrier.boundary.SiteService;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.common.view.WeeklyTimeRows;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.family.boundary.FamilyChoice;
import org.quartiersnetz.family.boundary.FamilyService;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.BoardService;
import org.quartiersnetz.task.boundary.BookingService;
import org.quartiersnetz.task.boundary.SlotService;
import org.quartiersnetz.task.boundary.SlotsInput;
import org.quartiersnetz.task.boundary.TaskInput;
import org.quartiersnetz.task.boundary.TaskService;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskChange;
import org.quartiersnetz.task.entity.TaskInterest;
import org.quartiersnetz.task.entity.TaskStatus;
import org.quartiersnetz.volunteer.entity.Skill;

/**
 * The task editor (staff/task.xhtml): a new task, or one of the own carrier's with its status
 * steps, slots, interested volunteers and history. The network coordinator reads it only.
 */
@Named
@ViewScoped
public class TaskEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "task";

    @Inject
    TaskService tasks;

    @Inject
    SlotService slots;

    @Inject
    BookingService bookingService;

    @Inject
    BoardService board;

    @Inject
    SiteService sites;

    @Inject
    FamilyService families;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Task task;
    private TaskInput input = new TaskInput();
    private WeeklyTimeRows schedule = WeeklyTimeRows.of(List.of());
    private SlotsInput slotsInput = new SlotsInput();

    public void load() throws IOException {
        if (id != null) {
            try {
                task = tasks.get(currentUser.caller(), id);
            } catch (NotFoundException e) {
                Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
                return;
            }
            fill(task);
        }
    }

    public String save() {
        input.setSchedule(schedule.toWeeklyTimes());
        return FacesMessages.attempt(FORM, () -> {
                    Caller caller = currentUser.caller();
                    return id == null ? tasks.create(caller, input) : tasks.update(caller, id, input);
                })
                .map(saved -> {
                    task = saved;
                    FacesMessages.info("task.saved");
                    return redirectTo(saved.getId());
                })
                .orElse(null);
    }

    public String moveTo(TaskStatus next) {
        return FacesMessages.attempt(FORM, () -> tasks.changeStatus(currentUser.caller(), id, next))
                .map(moved -> {
                    FacesMessages.info("task.statusChanged", next);
                    return redirectTo(id);
                })
                .orElse(null);
    }

    public String createSlots() {
        return FacesMessages.attempt("slots", () -> slots.create(currentUser.caller(), id, slotsInput))
                .map(created -> {
                    FacesMessages.info("task.slotsCreated", created.size());
                    return redirectTo(id);
                })
                .orElse(null);
    }

    private static String redirectTo(Long taskId) {
        FacesMessages.keepForRedirect();
        return "/staff/task?faces-redirect=true&id=" + taskId;
    }

    private void fill(Task shown) {
        input.setType(shown.getType().getCode());
        input.showTexts(shown.getTexts());
        input.setSiteId(shown.getSite() == null ? null : shown.getSite().getId());
        input.setAtFamilyHome(shown.isAtFamilyHome());
        input.setFamilyId(isEditable() ? shown.getFamilyId() : null);
        input.setStartsOn(shown.getStartsOn());
        input.setDurationMonths(shown.getDurationMonths());
        input.setHoursPerWeek(shown.getHoursPerWeek());
        input.setLanguages(new TreeSet<>(shown.getLanguages()));
        input.setSkills(shown.getSkills());
        input.setVolunteersNeeded(shown.getVolunteersNeeded());
        input.setStaffNote(isEditable() ? shown.getStaffNote() : null);
        schedule = WeeklyTimeRows.of(shown.getSchedule());
    }

    /** Staff of the task's carrier (or anyone creating a new one) may change it; the network reads. */
    public boolean isEditable() {
        return task == null
                ? currentUser.isPermitted(Permissions.TASK_MANAGE)
                : tasks.mayEdit(currentUser.caller(), task);
    }

    public List<TaskStatus> getNextSteps() {
        return task == null || !isEditable()
                ? List.of()
                : new ArrayList<>(task.getStatus().nextByStaff());
    }

    public List<Site> getSites() {
        return sites.own(currentUser.caller());
    }

    public List<FamilyChoice> getFamilies() {
        return families.choices(currentUser.caller());
    }

    public List<Slot> getUpcomingSlots() {
        return task == null || !task.getType().isSlotBased() ? List.of() : slots.upcoming(currentUser.caller(), id);
    }

    /** Confirmed and waiting bookings per slot, for the slot list. */
    public Map<Long, List<Booking>> getBookings() {
        return bookingService.activeBookingsBySlot(getUpcomingSlots());
    }

    public long count(List<Booking> bookings, PlaceStatus status) {
        return bookings == null
                ? 0
                : bookings.stream().filter(b -> b.getStatus() == status).count();
    }

    public List<TaskInterest> getInterests() {
        return task == null ? List.of() : board.interests(currentUser.caller(), id);
    }

    public List<TaskChange> getHistory() {
        return task == null ? List.of() : tasks.history(currentUser.caller(), id);
    }

    public String getFamilyCode() {
        return task == null ? null : tasks.familyCode(currentUser.caller(), task);
    }

    public Skill[] getSkills() {
        return Skill.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Task getTask() {
        return task;
    }

    public TaskInput getInput() {
        return input;
    }

    public WeeklyTimeRows getSchedule() {
        return schedule;
    }

    public SlotsInput getSlotsInput() {
        return slotsInput;
    }
}
