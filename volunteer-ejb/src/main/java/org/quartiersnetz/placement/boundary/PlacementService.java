package org.quartiersnetz.placement.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.clearance.boundary.ClearanceService;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.eligibility.boundary.Eligibility;
import org.quartiersnetz.eligibility.boundary.EligibilityService;
import org.quartiersnetz.family.boundary.FamilyService;
import org.quartiersnetz.family.control.FamilyAccess;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.matching.boundary.MatchingService;
import org.quartiersnetz.matching.control.FamilyReasons;
import org.quartiersnetz.matching.control.Match;
import org.quartiersnetz.matching.control.Reason;
import org.quartiersnetz.matching.control.ReasonCode;
import org.quartiersnetz.placement.control.PlacementAccess;
import org.quartiersnetz.placement.control.PlacementClosing;
import org.quartiersnetz.placement.control.PlacementMails;
import org.quartiersnetz.placement.entity.CancelCause;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementLifecycle;
import org.quartiersnetz.placement.entity.PlacementLifecycle.Actor;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.placement.entity.PlacementStep;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.task.control.TaskAccess;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskStatus;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Placements from proposal to end. Staff (or the network coordinator) propose a volunteer the
 * matching finds eligible; the volunteer accepts or declines; staff record the intro meeting, the
 * tandem steps, active and ended. Every step that changes who holds a place runs under the task's
 * row lock, so the last place goes to exactly one volunteer; a step outside the lifecycle answers
 * with the steps that are allowed.
 */
@Stateless
public class PlacementService {

    static final String TASK_FILLED = "placement.taskFilled";
    static final String TASK_NOT_OPEN = "placement.taskNotOpen";
    static final String SLOT_BASED = "matching.slotBased";
    static final String NOT_ELIGIBLE = "placement.notEligible";
    static final String STEP_NOT_ALLOWED = "placement.stepNotAllowed";
    static final String STAFF_UNKNOWN = "placement.staffUnknown";
    static final String TRIAL_IN_PAST = "placement.trialInPast";
    static final String REQUIREMENTS_MISSING = "placement.requirementsMissing";
    static final String WITHDRAWN_FILLED = "placement.withdrawnFilled";
    static final String BATCH_EMPTY = "placement.batchEmpty";
    static final String NOT_ELIGIBLE_NOW = "placement.notEligibleNow";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TaskAccess taskAccess;

    @Inject
    PlacementAccess access;

    @Inject
    VolunteerService volunteers;

    @Inject
    MatchingService matching;

    @Inject
    EligibilityService eligibility;

    @Inject
    ClearanceService clearances;

    @Inject
    PlacementMails mails;

    @Inject
    FamilyService families;

    @Inject
    PlacementClosing closing;

    @Inject
    Event<VolunteerChanged> changed;

    /** Proposes the volunteer for the task; the volunteer is told by mail. */
    public Placement propose(@NotNull Caller caller, long taskId, long volunteerId) {
        Task task = lockedTask(caller, taskId);
        if (task.getType().isSlotBased()) {
            throw new InvalidStateException(SLOT_BASED);
        } else if (task.getStatus() == TaskStatus.FILLED) {
            throw new ConflictException(TASK_FILLED);
        } else if (!task.getStatus().isOnBoard()) {
            throw new InvalidStateException(TASK_NOT_OPEN);
        }
        Volunteer volunteer = volunteers.get(caller, volunteerId);
        Match match = matching.judge(caller, task, volunteer.getId())
                .filter(m -> m.candidate().visibleTo(task.getCarrier().getId()))
                .orElseThrow(() -> new NotFoundException("volunteer.unknown"));
        if (!match.isEligible()) {
            throw new ConflictException(
                    NOT_ELIGIBLE, match.exclusions().stream().map(Reason::code).toList());
        }
        Instant now = clock.instant();
        Placement placement = new Placement(
                task,
                volunteer,
                match.score(),
                Reason.encode(match.reasons(), Placement.REASONS_LENGTH),
                caller.accountId(),
                now);
        em.persist(placement);
        em.flush();
        em.persist(new PlacementStep(placement.getId(), null, PlacementStatus.PROPOSED, caller.accountId(), now, null));
        mails.toVolunteer(placement, "mail.placementProposed");
        changed.fire(new VolunteerChanged(volunteer.getId()));
        return placement;
    }

    /**
     * Proposes all the pairs (a reviewed batch proposal) or none: the first that cannot be proposed
     * any more answers for all, on its item, and nothing is saved.
     */
    public List<Placement> proposeAll(
            @NotNull Caller caller, @NotNull @Size(max = 5000) List<@NotNull @Valid ProposalRequest> items) {
        if (items.isEmpty()) {
            throw InvalidInputException.onField("items", BATCH_EMPTY);
        }
        // in task order, so that two batches sent at the same moment never wait on each other crosswise
        List<Integer> order = IntStream.range(0, items.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> items.get(i).taskId()))
                .toList();
        Placement[] proposed = new Placement[items.size()];
        for (int i : order) {
            try {
                proposed[i] =
                        propose(caller, items.get(i).taskId(), items.get(i).volunteerId());
            } catch (BusinessException e) {
                throw ConflictException.onField("items[" + i + "]", e.messageKey(), e.arguments());
            }
        }
        return List.of(proposed);
    }

    /** The next step of a placement, by its volunteer or by its carrier's staff. */
    public Placement step(@NotNull Caller caller, long id, @NotNull @Valid PlacementStepInput input) {
        Long taskId = em.createQuery("SELECT p.task.id FROM Placement p WHERE p.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(PlacementAccess.NOT_FOUND));
        Task task = em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        Placement placement =
                access.requireReadable(caller, em.find(Placement.class, id, LockModeType.PESSIMISTIC_WRITE));
        Actor actor = actorOf(caller, placement);
        PlacementStatus from = placement.getStatus();
        PlacementStatus to = input.getTo();
        Set<PlacementStatus> allowed =
                PlacementLifecycle.next(from, task.getType().isTandem(), actor);
        if (!allowed.contains(to)) {
            if (from == PlacementStatus.CANCELLED && placement.getCancelCause() == CancelCause.TASK_FILLED) {
                throw new ConflictException(TASK_FILLED);
            }
            throw InvalidStateException.notAllowed(STEP_NOT_ALLOWED, allowed, from, to);
        }
        String note = apply(caller, task, placement, input);
        Instant now = clock.instant();
        placement.moveTo(to, now);
        em.persist(new PlacementStep(id, from, to, caller.accountId(), now, note));
        if (from.holdsPlace() != to.holdsPlace()) {
            closing.recount(task, caller.accountId());
        }
        mails.afterStep(em, caller.accountId(), placement, actor, () -> nameOf(placement.getIntroStaff()));
        changed.fire(new VolunteerChanged(placement.getVolunteer().getId()));
        return placement;
    }

    /**
     * The family of the task, for the volunteer who holds a place in it (need to know: from
     * accepting until the placement ends); every such read is audited. Nobody else learns of it here.
     */
    public Family family(@NotNull Caller caller, long id) {
        Placement placement = get(caller, id);
        Long familyId = placement.getTask().getFamilyId();
        if (!access.isVolunteerOf(caller, placement) || !placement.getStatus().holdsPlace() || familyId == null) {
            throw new NotFoundException(FamilyAccess.NOT_FOUND);
        }
        return families.forPlacedVolunteer(caller, familyId);
    }

    public Placement get(@NotNull Caller caller, long id) {
        return access.requireReadable(caller, em.find(Placement.class, id));
    }

    public List<PlacementStep> history(@NotNull Caller caller, long id) {
        get(caller, id);
        return em.createNamedQuery(PlacementStep.FIND_BY_PLACEMENT, PlacementStep.class)
                .setParameter("placement", id)
                .getResultList();
    }

    /** The placements of a task the caller may read, newest first. */
    public List<Placement> ofTask(@NotNull Caller caller, long taskId) {
        Task task = taskAccess.requireReadable(caller, em.find(Task.class, taskId));
        return em.createNamedQuery(Placement.FIND_BY_TASK, Placement.class)
                .setParameter("task", task)
                .getResultList();
    }

    /** The signed-in volunteer's proposals and placements, newest first. */
    public List<Placement> own(@NotNull Caller caller) {
        return em.createNamedQuery(Placement.FIND_BY_VOLUNTEER, Placement.class)
                .setParameter("volunteer", volunteers.getOwn(caller))
                .getResultList();
    }

    /**
     * Why the placement was proposed, as the caller may read it: the family's languages only for the
     * carrier's staff and for the volunteer who holds the place.
     */
    public List<Reason> reasonsFor(@NotNull Caller caller, Placement placement) {
        List<Reason> reasons = Reason.decode(placement.getReasons());
        boolean internals = access.isCarrierOf(caller, placement)
                || access.isVolunteerOf(caller, placement)
                        && placement.getStatus().holdsPlace();
        return internals
                ? reasons
                : FamilyReasons.hidden(reasons, placement.getTask().getLanguages());
    }

    /** The steps the caller may take next with this placement (none for those who only read it). */
    public Set<PlacementStatus> nextSteps(@NotNull Caller caller, Placement placement) {
        if (!access.isCarrierOf(caller, placement) && !access.isVolunteerOf(caller, placement)) {
            return Set.of();
        }
        return PlacementLifecycle.next(
                placement.getStatus(), placement.getTask().getType().isTandem(), actorOf(caller, placement));
    }

    /** The carrier's staff who may hold an intro meeting for the placement. */
    public List<StaffMember> introStaff(@NotNull Caller caller, Placement placement) {
        if (!access.isCarrierOf(caller, placement)) {
            return List.of();
        }
        return em.createNamedQuery(StaffMember.FIND_BY_CARRIER, StaffMember.class)
                .setParameter("carrier", placement.getTask().getCarrier())
                .getResultStream()
                .filter(s -> isStaffOf(s.getAccount(), placement))
                .toList();
    }

    /** How the member of staff who holds the intro meeting is named to others. */
    public String nameOf(UserAccount account) {
        if (account == null) {
            return null;
        }
        return em.createNamedQuery(StaffMember.FIND_BY_ACCOUNT, StaffMember.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst()
                .map(s -> s.getName())
                .orElse(account.getEmail());
    }

    private Task lockedTask(Caller caller, long taskId) {
        return taskAccess.requireReadable(caller, em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE));
    }

    private Actor actorOf(Caller caller, Placement placement) {
        if (access.isVolunteerOf(caller, placement)) {
            return Actor.VOLUNTEER;
        } else if (access.isCarrierOf(caller, placement)) {
            return Actor.STAFF;
        }
        // the network coordinator reads placements but takes none of their steps
        throw InvalidStateException.notAllowed(
                STEP_NOT_ALLOWED, Set.<PlacementStatus>of(), placement.getStatus(), placement.getStatus());
    }

    /** Checks and records what the step needs; answers the note for the history. */
    private String apply(Caller caller, Task task, Placement placement, PlacementStepInput input) {
        LocalDate today = ClockProducer.today(clock);
        PlacementStatus to = input.getTo();
        boolean tandem = task.getType().isTandem();
        for (PlacementLifecycle.Detail detail : PlacementLifecycle.required(to, tandem)) {
            if (!input.carries(detail)) {
                throw InvalidInputException.onField(detail.field(), detail.messageKey());
            }
        }
        if (to == PlacementStatus.TRIAL_PERIOD
                && input.getTrialUntil() != null
                && !input.getTrialUntil().isAfter(today)) {
            throw InvalidInputException.onField("trialUntil", TRIAL_IN_PAST);
        }
        if (PlacementLifecycle.meetsFamily(to)) {
            requireEligible(task, placement, today);
        }
        return switch (to) {
            case ACCEPTED -> accept(caller, task, placement);
            case INTRO_MEETING -> scheduleIntroMeeting(caller, placement, input);
            case TRIAL_PERIOD -> startTrial(placement, input);
            case ACTIVE -> activate(task, placement, today);
            case DECLINED, ENDED, CANCELLED -> end(caller, task, placement, input, today);
            default -> null;
        };
    }

    private String accept(Caller caller, Task task, Placement placement) {
        if (task.placesFree() == 0) {
            throw new ConflictException(TASK_FILLED);
        }
        requireStillFitting(caller, task, placement);
        placement.getVolunteer().chooseCarrier(task.getCarrier());
        return null;
    }

    private String scheduleIntroMeeting(Caller caller, Placement placement, PlacementStepInput input) {
        UserAccount staff = staffOf(caller, placement, input.getStaffId());
        placement.scheduleIntroMeeting(
                input.getMeetingAt().atZone(ClockProducer.NETWORK_ZONE).toInstant(), staff);
        return input.getMeetingAt().toString();
    }

    private static String startTrial(Placement placement, PlacementStepInput input) {
        placement.startTrial(input.getTrialUntil());
        return input.getTrialUntil() == null ? null : input.getTrialUntil().toString();
    }

    /** Active, for tandems with the family's consent (checked as a required detail). */
    private String activate(Task task, Placement placement, LocalDate today) {
        boolean tandem = task.getType().isTandem();
        placement.start(today, tandem ? today : null);
        if (task.getType().isClearanceRequired()) {
            clearances.recordActivity(placement.getVolunteer().getId(), placement.getCarrierId(), today);
        }
        return tandem ? "familyConsent" : null;
    }

    /** Declined, withdrawn or ended; ending an active placement with clearance keeps the §72a activity date. */
    private String end(Caller caller, Task task, Placement placement, PlacementStepInput input, LocalDate today) {
        String reason = input.carries(PlacementLifecycle.Detail.REASON)
                ? input.getReason().strip()
                : null;
        CancelCause cause = input.getTo() != PlacementStatus.CANCELLED
                ? null
                : access.isVolunteerOf(caller, placement) ? CancelCause.BY_VOLUNTEER : CancelCause.BY_STAFF;
        placement.end(today, reason, cause);
        if (input.getTo() != PlacementStatus.DECLINED
                && placement.getStatus() == PlacementStatus.ACTIVE
                && task.getType().isClearanceRequired()) {
            clearances.recordActivity(placement.getVolunteer().getId(), placement.getCarrierId(), today);
        }
        return reason;
    }

    /**
     * Contact with the family begins (getting to know each other, the trial period, the task itself):
     * only with everything the type requires in place today, §72a clearance above all.
     */
    private void requireEligible(Task task, Placement placement, LocalDate today) {
        Eligibility judged =
                eligibility.judge(placement.getVolunteer(), task.getType(), placement.getCarrierId(), today);
        if (judged.verdict() != Eligibility.Verdict.ELIGIBLE) {
            throw new ConflictException(REQUIREMENTS_MISSING, judged.lacking());
        }
    }

    /**
     * Accepting takes a place: the volunteer must still fit as when proposed (active, hours free for
     * it besides the places they hold, free at its times and not taken elsewhere then). Only this
     * proposal itself, and their other open ones, do not count against them.
     */
    private void requireStillFitting(Caller caller, Task task, Placement placement) {
        List<ReasonCode> blocking = matching.judge(
                        caller, task, placement.getVolunteer().getId())
                .map(m -> m.exclusions().stream()
                        .map(Reason::code)
                        .filter(c -> c != ReasonCode.ALREADY_PROPOSED && c != ReasonCode.TOO_MANY_PROPOSALS)
                        .toList())
                .orElse(List.of());
        if (!blocking.isEmpty()) {
            throw new ConflictException(NOT_ELIGIBLE_NOW, blocking);
        }
    }

    /** The member of staff for the intro meeting, by their id among the staff ({@code /api/v1/staff}); none: oneself. */
    private UserAccount staffOf(Caller caller, Placement placement, Long staffId) {
        UserAccount staff = staffId == null
                ? em.find(UserAccount.class, caller.accountId())
                : Optional.ofNullable(em.find(StaffMember.class, staffId))
                        .map(StaffMember::getAccount)
                        .orElse(null);
        if (!isStaffOf(staff, placement)) {
            throw InvalidInputException.onField("staffId", STAFF_UNKNOWN);
        }
        return staff;
    }

    private static boolean isStaffOf(UserAccount staff, Placement placement) {
        return staff != null
                && !staff.isDisabled()
                && staff.getCarrier() != null
                && staff.getCarrier().getId() == placement.getCarrierId()
                && (staff.getRole() == Role.CARRIER_STAFF || staff.getRole() == Role.CARRIER_COORDINATOR);
    }

    /** Tells the other side what happened. */
}
