package org.quartiersnetz.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.training.entity.Course;
import org.quartiersnetz.training.entity.CourseRun;

/**
 * Who keeps a course run: the staff of the carrier that holds it, or the network coordinator for
 * runs of the network office (no carrier). Other people's runs do not exist for them.
 */
@ApplicationScoped
public class TrainingAccess {

    public static final String UNKNOWN_RUN = "courseRun.unknown";

    public CourseRun requireOwn(Caller caller, CourseRun run) {
        if (run == null || !isOwn(caller, run.getCarrier())) {
            throw new NotFoundException(UNKNOWN_RUN);
        }
        return run;
    }

    /** Carriers run their own courses and the network-wide ones; the network office only network-wide ones. */
    public boolean mayRun(Caller caller, Course course) {
        if (caller.is(Role.NETWORK_COORDINATOR)) {
            return course.isNetworkWide();
        }
        return caller.isCarrierStaff()
                && (course.isNetworkWide() || course.getCarrier().getId().equals(caller.carrierId()));
    }

    /** Whether the caller keeps the course: its carrier's staff, or the network coordinator for a network-wide one. */
    public boolean mayKeep(Caller caller, Course course) {
        return isOwn(caller, course.getCarrier());
    }

    private static boolean isOwn(Caller caller, Carrier holder) {
        if (holder == null) {
            return caller.is(Role.NETWORK_COORDINATOR);
        }
        return caller.isCarrierStaff() && holder.getId().equals(caller.carrierId());
    }
}
