package org.quartiersnetz.dashboard.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.dashboard.boundary.ClearanceGap;
import org.quartiersnetz.dashboard.boundary.Dashboard;
import org.quartiersnetz.dashboard.boundary.ExpiringQualification;
import org.quartiersnetz.dashboard.boundary.FreePlaces;
import org.quartiersnetz.dashboard.boundary.WaitingForIntro;
import org.quartiersnetz.dashboard.control.Coverage;
import org.quartiersnetz.supervision.rest.OverdueResponse;

/** The dashboard as JSON, titles in the reader's language. */
public record DashboardResponse(
        LocalDate today,
        String carrier,
        String type,
        int days,
        List<OverdueResponse> overdueSupervision,
        List<QualificationRow> expiringQualifications,
        List<ClearanceRow> clearance,
        List<IntroRow> waitingForIntro,
        List<FreePlacesRow> freePlaces,
        List<CoverageRow> coverage) {

    public record QualificationRow(
            long volunteerId, String volunteer, String course, String title, LocalDate validUntil, boolean expired) {}

    public record ClearanceRow(
            long placementId,
            long volunteerId,
            String volunteer,
            long taskId,
            String task,
            String carrier,
            String placementStatus,
            ClearanceGap.Gap gap,
            LocalDate renewalDueOn) {}

    public record IntroRow(
            long placementId,
            long volunteerId,
            String volunteer,
            long taskId,
            String task,
            String carrier,
            Instant acceptedAt,
            Instant meetingAt,
            long daysWaiting) {}

    public record FreePlacesRow(
            FreePlaces.Kind kind,
            long id,
            String what,
            String title,
            Instant startsAt,
            String place,
            String carrier,
            int capacity,
            long free) {}

    public record CoverageRow(String month, LocalDate countedOn, int active, int covered, int percent) {}

    public static DashboardResponse of(Dashboard d, Locale locale) {
        return new DashboardResponse(
                d.today(),
                d.filter().carrier(),
                d.filter().type(),
                d.filter().days(),
                d.overdueSupervision().stream()
                        .map(o -> OverdueResponse.of(o, locale))
                        .toList(),
                d.expiringQualifications().stream()
                        .map(q -> qualification(q, locale))
                        .toList(),
                d.clearance().stream().map(g -> clearance(g, locale)).toList(),
                d.waitingForIntro().stream().map(w -> intro(w, locale)).toList(),
                d.freePlaces().stream().map(f -> freePlaces(f, locale)).toList(),
                d.coverage().stream().map(DashboardResponse::coverage).toList());
    }

    private static QualificationRow qualification(ExpiringQualification q, Locale locale) {
        return new QualificationRow(
                q.volunteerId(), q.volunteerName(), q.course(), q.title().in(locale), q.validUntil(), q.expired());
    }

    private static ClearanceRow clearance(ClearanceGap g, Locale locale) {
        return new ClearanceRow(
                g.placementId(),
                g.volunteerId(),
                g.volunteerName(),
                g.taskId(),
                g.title().in(locale),
                g.carrier(),
                g.placementStatus(),
                g.gap(),
                g.renewalDueOn());
    }

    private static IntroRow intro(WaitingForIntro w, Locale locale) {
        return new IntroRow(
                w.placementId(),
                w.volunteerId(),
                w.volunteerName(),
                w.taskId(),
                w.title().in(locale),
                w.carrier(),
                w.acceptedAt(),
                w.meetingAt(),
                w.daysWaiting());
    }

    private static FreePlacesRow freePlaces(FreePlaces f, Locale locale) {
        return new FreePlacesRow(
                f.kind(),
                f.id(),
                f.what(),
                f.title() == null ? null : f.title().in(locale),
                f.startsAt(),
                f.place(),
                f.carrier(),
                f.capacity(),
                f.free());
    }

    private static CoverageRow coverage(Coverage.Month m) {
        return new CoverageRow(m.month().toString(), m.countedOn(), m.active(), m.covered(), m.percent());
    }
}
