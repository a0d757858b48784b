package org.quartiersnetz.dashboard.view;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.view.Texts;
import org.quartiersnetz.dashboard.boundary.DashboardFilter;
import org.quartiersnetz.dashboard.boundary.DashboardService;
import org.quartiersnetz.security.entity.Caller;

/**
 * The dashboard's lists as exports: the same columns on the page, in the API's CSV and in the
 * page's download. Cells a spreadsheet would read as a formula are prefixed with an apostrophe
 * (CSV injection); confidential notes are in no list.
 */
public enum DashboardList {
    OVERDUE_SUPERVISION(
            "overdue-supervision",
            List.of("volunteer", "task", "carrier", "type", "intervalWeeks", "startedOn", "lastAttended", "dueOn")) {
        @Override
        List<List<Object>> rows(DashboardService service, Caller caller, DashboardFilter filter, Locale locale) {
            return service.overdueSupervision(caller, filter).stream()
                    .map(o -> List.<Object>of(
                            o.volunteerName(),
                            o.title().in(locale),
                            o.carrier(),
                            o.type(),
                            o.intervalWeeks(),
                            o.startedOn(),
                            Optional.ofNullable(o.lastAttended())
                                    .map(Object.class::cast)
                                    .orElse(""),
                            o.dueOn()))
                    .toList();
        }
    },
    EXPIRING_QUALIFICATIONS("expiring-qualifications", List.of("volunteer", "course", "validUntil", "state")) {
        @Override
        List<List<Object>> rows(DashboardService service, Caller caller, DashboardFilter filter, Locale locale) {
            return service.expiringQualifications(caller, filter).stream()
                    .map(q -> List.<Object>of(
                            q.volunteerName(),
                            q.title().in(locale),
                            q.validUntil(),
                            Texts.get(locale, q.expired() ? "dashboard.expired" : "dashboard.expiring")))
                    .toList();
        }
    },
    CLEARANCE("clearance", List.of("volunteer", "task", "carrier", "placementStatus", "gap", "renewalDueOn")) {
        @Override
        List<List<Object>> rows(DashboardService service, Caller caller, DashboardFilter filter, Locale locale) {
            return service.clearance(caller, filter).stream()
                    .map(g -> List.<Object>of(
                            g.volunteerName(),
                            g.title().in(locale),
                            g.carrier(),
                            Texts.get(locale, "PlacementStatus." + g.placementStatus()),
                            Texts.label(locale, g.gap()),
                            g.renewalDueOn() == null ? "" : g.renewalDueOn()))
                    .toList();
        }
    },
    WAITING_FOR_INTRO(
            "waiting-for-intro", List.of("volunteer", "task", "carrier", "acceptedAt", "meetingAt", "daysWaiting")) {
        @Override
        List<List<Object>> rows(DashboardService service, Caller caller, DashboardFilter filter, Locale locale) {
            return service.waitingForIntro(caller, filter).stream()
                    .map(w -> List.<Object>of(
                            w.volunteerName(),
                            w.title().in(locale),
                            w.carrier(),
                            local(w.acceptedAt()),
                            local(w.meetingAt()),
                            w.daysWaiting()))
                    .toList();
        }
    },
    FREE_PLACES("free-places", List.of("kind", "what", "startsAt", "place", "carrier", "capacity", "free")) {
        @Override
        List<List<Object>> rows(DashboardService service, Caller caller, DashboardFilter filter, Locale locale) {
            return service.freePlaces(caller, filter).stream()
                    .map(f -> List.<Object>of(
                            Texts.label(locale, f.kind()),
                            f.title() == null
                                    ? Texts.get(locale, "SupervisionKind." + f.what())
                                    : f.title().in(locale),
                            local(f.startsAt()),
                            f.place() == null ? "" : f.place(),
                            f.carrier() == null ? Texts.get(locale, "dashboard.network") : f.carrier(),
                            f.capacity(),
                            f.free()))
                    .toList();
        }
    },
    COVERAGE("coverage", List.of("month", "countedOn", "active", "covered", "percent")) {
        @Override
        List<List<Object>> rows(DashboardService service, Caller caller, DashboardFilter filter, Locale locale) {
            return service.coverage(caller, filter).stream()
                    .map(m -> List.<Object>of(m.month(), m.countedOn(), m.active(), m.covered(), m.percent()))
                    .toList();
        }
    };

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String path;
    private final List<String> columns;

    DashboardList(String path, List<String> columns) {
        this.path = path;
        this.columns = columns;
    }

    abstract List<List<Object>> rows(DashboardService service, Caller caller, DashboardFilter filter, Locale locale);

    public String path() {
        return path;
    }

    public static Optional<DashboardList> ofPath(String path) {
        return Arrays.stream(values()).filter(l -> l.path.equals(path)).findFirst();
    }

    /** The file name of a download, e.g. "overdue-supervision-2026-12-06.csv". */
    public String fileName(LocalDate today) {
        return path + "-" + today + ".csv";
    }

    /** The list as CSV (RFC 4180, a header row in the reader's language), as the caller may see it. */
    public String csv(DashboardService service, Caller caller, DashboardFilter filter, Locale locale) {
        List<List<Object>> rows = rows(service, caller, filter, locale);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            for (String column : columns) {
                header.add(Texts.get(locale, "dashboard.column." + column));
            }
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(DashboardList::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell as text; one beginning like a formula gets an apostrophe so spreadsheets show it as text. */
    static String cell(Object value) {
        String text = String.valueOf(value);
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String local(Instant instant) {
        return instant == null
                ? ""
                : ZonedDateTime.ofInstant(instant, ClockProducer.NETWORK_ZONE).format(LOCAL);
    }
}
