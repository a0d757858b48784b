package org.quartiersnetz.dashboard.boundary;

import java.time.LocalDate;
import java.util.List;
import org.quartiersnetz.dashboard.control.Coverage;
import org.quartiersnetz.supervision.boundary.OverdueSupervision;

/** Everything the dashboard shows, for one filter, as of one day. */
public record Dashboard(
        LocalDate today,
        DashboardFilter filter,
        List<OverdueSupervision> overdueSupervision,
        List<ExpiringQualification> expiringQualifications,
        List<ClearanceGap> clearance,
        List<WaitingForIntro> waitingForIntro,
        List<FreePlaces> freePlaces,
        List<Coverage.Month> coverage) {}
