package org.quartiersnetz.eligibility.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quartiersnetz.clearance.boundary.ClearanceService;
import org.quartiersnetz.clearance.entity.ClearanceStatus;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.declaration.boundary.DeclarationService;
import org.quartiersnetz.declaration.entity.SignatureStatus;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.task.entity.MissingRequirement;
import org.quartiersnetz.task.entity.TaskType;
import org.quartiersnetz.training.boundary.QualificationService;
import org.quartiersnetz.training.entity.CourseStatus;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * Whether a volunteer may take up a task of a type on a date, for a carrier (whose §72a
 * inspection counts, or another carrier's shared with consent): eligible, eligible on condition
 * (enrolled in a run of a required course that is still to come), or not — with every missing item
 * named. Booking, matching and placing all ask here.
 */
@Stateless
public class EligibilityService {

    static final String UNKNOWN_TYPE = "task.type.unknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerService volunteers;

    @Inject
    QualificationService qualifications;

    @Inject
    ClearanceService clearances;

    @Inject
    DeclarationService declarations;

    /** For staff: a volunteer they may see, a type by its code, judged for the caller's carrier. */
    public Eligibility judge(
            @NotNull Caller caller, long volunteerId, @NotNull String typeCode, @NotNull LocalDate on, Long carrierId) {
        Volunteer volunteer = volunteers.get(caller, volunteerId);
        Long carrier = caller.carrierId() != null ? caller.carrierId() : carrierId;
        if (carrier == null) {
            throw InvalidInputException.onField("carrier", "eligibility.carrierRequired");
        }
        Eligibility judged = judge(volunteer, typeOf(typeCode), carrier, on);
        // the round table sees no inspection: a conviction reads to it as a clearance not yet confirmed
        return caller.carrierId() == null ? judged.withConvictionAsMissingClearance() : judged;
    }

    /** For the signed-in volunteer: what they still need for a type at a carrier. */
    public Eligibility judgeOwn(
            @NotNull Caller caller, @NotNull String typeCode, @NotNull LocalDate on, long carrierId) {
        return judge(volunteers.getOwn(caller), typeOf(typeCode), carrierId, on);
    }

    public Eligibility judge(
            @NotNull Volunteer volunteer, @NotNull TaskType type, long carrierId, @NotNull LocalDate on) {
        List<Eligibility.Item> missing = new ArrayList<>();
        List<Eligibility.Item> conditions = new ArrayList<>();
        if (volunteer.getStatus() == VolunteerStatus.PAUSED || volunteer.getStatus() == VolunteerStatus.LEFT) {
            missing.add(Eligibility.Item.of(MissingRequirement.STATUS));
        }
        if (volunteer.getBirthDate() == null) {
            missing.add(Eligibility.Item.of(MissingRequirement.BIRTH_DATE));
        } else if (Period.between(volunteer.getBirthDate(), on).getYears() < type.getMinimumAge()) {
            missing.add(new Eligibility.Item(MissingRequirement.MINIMUM_AGE, String.valueOf(type.getMinimumAge())));
        }
        if (type.isClearanceRequired()) {
            ClearanceStatus clearance = clearances.status(volunteer.getId(), carrierId, on);
            switch (clearance) {
                case VALID -> {}
                case CONVICTION -> missing.add(Eligibility.Item.of(MissingRequirement.CONVICTION));
                case DUE -> missing.add(Eligibility.Item.of(MissingRequirement.CLEARANCE_DUE));
                case MISSING -> missing.add(Eligibility.Item.of(MissingRequirement.CLEARANCE));
            }
        }
        Map<String, CourseStatus> courses = qualifications.status(volunteer.getId(), type.getRequiredCourses(), on);
        courses.forEach((code, status) -> {
            if (status == CourseStatus.MISSING) {
                missing.add(new Eligibility.Item(MissingRequirement.COURSE, code));
            } else if (status == CourseStatus.ENROLLED) {
                conditions.add(new Eligibility.Item(MissingRequirement.COURSE, code));
            }
        });
        if (!type.getRequiredDeclarations().isEmpty()) {
            declarations.statuses(volunteer.getId()).stream()
                    .filter(d ->
                            type.getRequiredDeclarations().contains(d.kind()) && d.status() != SignatureStatus.SIGNED)
                    .forEach(d -> missing.add(new Eligibility.Item(
                            MissingRequirement.DECLARATION, d.kind().name())));
        }
        return new Eligibility(Eligibility.verdictOf(missing, conditions), missing, conditions);
    }

    private TaskType typeOf(String code) {
        return em.createNamedQuery(TaskType.FIND_BY_CODES, TaskType.class)
                .setParameter("codes", List.of(code.strip()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.onField("type", UNKNOWN_TYPE, code));
    }
}
