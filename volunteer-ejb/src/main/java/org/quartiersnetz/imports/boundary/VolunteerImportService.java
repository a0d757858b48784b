package org.quartiersnetz.imports.boundary;

import static org.quartiersnetz.imports.control.RowCheck.withoutControlCharacters;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.ForbiddenException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.imports.control.ImportColumn;
import org.quartiersnetz.imports.control.ImportRow;
import org.quartiersnetz.imports.control.ImportTemplate;
import org.quartiersnetz.imports.control.RowCheck;
import org.quartiersnetz.imports.control.RowReason;
import org.quartiersnetz.imports.control.Spreadsheet;
import org.quartiersnetz.imports.control.SpreadsheetReader;
import org.quartiersnetz.imports.entity.ImportOutcome;
import org.quartiersnetz.imports.entity.VolunteerImport;
import org.quartiersnetz.security.control.AccountSettings;
import org.quartiersnetz.security.control.AccountTokens;
import org.quartiersnetz.security.control.HashingGate;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.control.Tokens;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.TokenPurpose;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.training.entity.Course;
import org.quartiersnetz.training.entity.Qualification;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Imports volunteers and their course certificates from a carrier's spreadsheet. The dry run
 * answers what each row would do and changes nothing; the import does the same checks again and
 * creates or updates every row that is not refused, records the import and queues an invitation
 * mail per volunteer, all in one transaction: all of that is stored, or (on any failure) nothing.
 * Only a carrier's staff and coordinators import, for their own carrier.
 */
@Stateless
public class VolunteerImportService {

    static final String CARRIER_ONLY = "import.carrierOnly";
    static final String UNKNOWN = "import.unknown";
    static final String EMAIL_TAKEN = "import.row.emailTaken";
    static final String DUPLICATE_IN_FILE = "import.row.duplicateInFile";
    static final String TAKEN_MEANWHILE = "import.emailTakenMeanwhile";
    static final String TEMPLATE = "mail.volunteerInvitation";
    public static final String INVITATION_PAGE = "/account/welcome.xhtml";
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountSettings settings;

    /**
     * One import or dry run at a time in this JVM: reading a workbook takes memory in proportion to
     * the file. Others wait up to 2 s for their turn and are then answered 503 with Retry-After.
     */
    private static final HashingGate ONE_AT_A_TIME = new HashingGate(1, Duration.ofSeconds(2));

    /** What importing the file would do, row by row; nothing is stored. */
    public ImportReport dryRun(@NotNull Caller caller, @NotNull byte[] content, @NotNull Locale language) {
        Carrier carrier = carrierOf(caller);
        return ONE_AT_A_TIME.pass(() -> {
            List<Planned> plan = plan(carrier, SpreadsheetReader.read(content), language.getLanguage());
            return new ImportReport(null, plan.stream().map(p -> p.result(null)).toList());
        });
    }

    /**
     * Creates or updates the volunteers of every row that is not refused and reports the refused
     * ones; mails go out in the given language. A new volunteer's account cannot sign in until
     * they set a password through the invitation link.
     */
    public ImportReport importFile(
            @NotNull Caller caller, @NotNull byte[] content, String fileName, @NotNull Locale language) {
        carrierOf(caller);
        return ONE_AT_A_TIME.pass(() -> importGated(caller, content, fileName, language));
    }

    private ImportReport importGated(Caller caller, byte[] content, String fileName, Locale language) {
        // two imports of one carrier run one after the other: the second plans with the first's rows
        Carrier carrier = em.find(Carrier.class, caller.carrierId(), LockModeType.PESSIMISTIC_WRITE);
        Spreadsheet sheet = SpreadsheetReader.read(content);
        // one hash per import, for every new account; its secret is thrown away
        String unusablePassword = passwordHashing.hash(Tokens.newToken());
        List<Planned> plan = plan(carrier, sheet, language.getLanguage());
        Instant now = clock.instant();
        VolunteerImport record = new VolunteerImport(
                carrier,
                em.getReference(UserAccount.class, caller.accountId()),
                now,
                withoutControlCharacters(fileName));
        em.persist(record);
        Map<String, Course> courses = courses();
        Map<Planned, Volunteer> volunteers = new IdentityHashMap<>();
        for (Planned planned : plan) {
            if (planned.outcome() == ImportOutcome.CREATED) {
                volunteers.put(planned, create(planned.row(), carrier, record, unusablePassword, language, now));
            }
        }
        // the new accounts reach the database before any other statement: an address registered
        // meanwhile is a unique violation here, answered 409, and not at a later query's auto-flush
        flush();
        for (Planned planned : plan) {
            if (planned.outcome() == ImportOutcome.CREATED) {
                invite(volunteers.get(planned).getAccount());
            } else if (planned.outcome() == ImportOutcome.UPDATED) {
                volunteers.put(planned, update(planned.row(), planned.existing(), record));
            }
        }
        List<RowResult> results = new ArrayList<>();
        for (Planned planned : plan) {
            Volunteer volunteer = volunteers.get(planned);
            if (volunteer != null) {
                certify(volunteer, planned.row(), planned.outcome() == ImportOutcome.UPDATED, courses, caller, now);
            }
            results.add(planned.result(volunteer == null ? null : volunteer.getId()));
        }
        ImportReport report = new ImportReport(record.getId(), results);
        record.count(
                results.size(),
                (int) report.count(ImportOutcome.CREATED),
                (int) report.count(ImportOutcome.UPDATED),
                (int) report.count(ImportOutcome.REFUSED));
        flush();
        return report;
    }

    /** The own carrier's imports, newest first. */
    public List<VolunteerImport> list(@NotNull Caller caller) {
        return em.createNamedQuery(VolunteerImport.FIND_BY_CARRIER, VolunteerImport.class)
                .setParameter("carrier", carrierOf(caller).getId())
                .getResultList();
    }

    /** One of the own carrier's imports; another carrier's does not exist for the caller. */
    public VolunteerImport get(@NotNull Caller caller, long id) {
        Carrier carrier = carrierOf(caller);
        VolunteerImport found = em.find(VolunteerImport.class, id);
        if (found == null || !found.getCarrier().getId().equals(carrier.getId())) {
            throw new NotFoundException(UNKNOWN);
        }
        return found;
    }

    /** The template to fill in: XLSX when asked for, CSV otherwise; German unless English is asked for. */
    public byte[] template(@NotNull Caller caller, boolean xlsx, @NotNull Locale language) {
        carrierOf(caller);
        return xlsx ? ImportTemplate.xlsx(language.getLanguage()) : ImportTemplate.csv(language.getLanguage());
    }

    /**
     * The import creates volunteers for one carrier, who then see them alone: the network coordinator
     * has no carrier of their own and is refused, like every other role.
     */
    private Carrier carrierOf(Caller caller) {
        if (!caller.isCarrierStaff()) {
            throw new ForbiddenException(CARRIER_ONLY);
        }
        return em.find(Carrier.class, caller.carrierId());
    }

    /** Every row with its outcome; the row alone, then the file (e-mail twice) and the database decide. */
    private List<Planned> plan(Carrier carrier, Spreadsheet sheet, String language) {
        Map<ImportColumn, Integer> columns = ImportColumn.locate(sheet.header(), language);
        Set<String> courseCodes = courses().keySet();
        RowCheck check = new RowCheck(
                columns, language, validator, courseCodes::contains, ClockProducer.today(clock), carrier.getName());
        List<ImportRow> rows = sheet.rows().stream()
                .filter(r -> !r.isBlank())
                .map(check::check)
                .toList();
        Set<String> emails = rows.stream()
                .filter(r -> !r.email().isEmpty() && !RowCheck.hasControlCharacter(r.email()))
                .map(ImportRow::normalizedEmail)
                .collect(Collectors.toSet());
        Set<String> taken = takenEmails(emails);
        Map<String, Volunteer> existing = volunteers(emails);
        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (ImportRow row : rows) {
            plan.add(planned(row, carrier, firstRow, taken, existing));
        }
        return plan;
    }

    private static Planned planned(
            ImportRow row,
            Carrier carrier,
            Map<String, Integer> firstRow,
            Set<String> taken,
            Map<String, Volunteer> existing) {
        String email = row.normalizedEmail();
        Integer first = row.email().isEmpty() ? null : firstRow.putIfAbsent(email, row.number());
        ImportRow checked = row;
        if (first != null) {
            checked = checked.refusedFor(RowReason.of(DUPLICATE_IN_FILE, String.valueOf(first)));
        }
        Volunteer volunteer = existing.get(email);
        boolean ours = volunteer != null && volunteer.isAwaitingAcceptanceBy(carrier.getId());
        if (taken.contains(email) && !ours) {
            checked = checked.refusedFor(RowReason.of(EMAIL_TAKEN, row.email()));
        }
        if (checked.isRefused()) {
            return new Planned(checked, ImportOutcome.REFUSED, null);
        }
        return ours
                ? new Planned(checked, ImportOutcome.UPDATED, volunteer)
                : new Planned(checked, ImportOutcome.CREATED, null);
    }

    private Volunteer create(
            ImportRow row, Carrier carrier, VolunteerImport record, String password, Locale language, Instant now) {
        UserAccount account =
                UserAccount.unconfirmed(row.email(), password, Role.VOLUNTEER, language.getLanguage(), now);
        Volunteer volunteer = Volunteer.imported(
                account, row.firstName(), row.lastName(), row.phone(), row.languages(), carrier, record.getId(), now);
        volunteer.setPlace(row.postcode(), null);
        em.persist(account);
        em.persist(volunteer);
        return volunteer;
    }

    private Volunteer update(ImportRow row, Volunteer volunteer, VolunteerImport record) {
        volunteer.reimport(row.firstName(), row.lastName(), row.phone(), row.languages(), record.getId());
        if (row.postcode() != null) {
            volunteer.setPlace(row.postcode(), volunteer.getArea());
        }
        // the earlier link may have expired; a new one, within the daily limit of links
        if (tokens.mayIssue(volunteer.getAccount(), TokenPurpose.PASSWORD_RESET)) {
            invite(volunteer.getAccount());
        }
        return volunteer;
    }

    private void invite(UserAccount account) {
        tokens.mailLink(
                account,
                TokenPurpose.PASSWORD_RESET,
                settings.invitationValidity(),
                TEMPLATE,
                INVITATION_PAGE,
                settings.invitationValidity().toDays());
    }

    /**
     * The row's certificates, recorded by the importing member of staff like one recorded by hand; a
     * certificate the volunteer has already for the same course and date (an earlier import of the
     * row) is not recorded again.
     */
    private void certify(
            Volunteer volunteer,
            ImportRow row,
            boolean existing,
            Map<String, Course> courses,
            Caller caller,
            Instant now) {
        Set<String> codes = new LinkedHashSet<>(row.courses());
        if (existing && !codes.isEmpty()) {
            em
                    .createNamedQuery(Qualification.FIND_OF_COURSES, Qualification.class)
                    .setParameter("volunteer", volunteer.getId())
                    .setParameter("codes", List.copyOf(codes))
                    .getResultList()
                    .stream()
                    .filter(q -> q.getObtainedOn().equals(row.certificateDate()))
                    .forEach(q -> codes.remove(q.getCourse().getCode()));
        }
        for (String code : codes) {
            em.persist(Qualification.external(
                    volunteer, courses.get(code), row.certificateDate(), row.issuer(), caller.accountId(), now));
        }
    }

    private Map<String, Course> courses() {
        return em.createNamedQuery(Course.FIND_ALL, Course.class).getResultList().stream()
                .collect(Collectors.toMap(Course::getCode, Function.identity()));
    }

    private Set<String> takenEmails(Set<String> emails) {
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(emails)) {
            taken.addAll(em.createNamedQuery(VolunteerImport.TAKEN_EMAILS, String.class)
                    .setParameter("emails", chunk)
                    .getResultList());
        }
        return taken;
    }

    private Map<String, Volunteer> volunteers(Set<String> emails) {
        Map<String, Volunteer> found = new HashMap<>();
        for (List<String> chunk : chunks(emails)) {
            em.createNamedQuery(VolunteerImport.VOLUNTEERS_BY_EMAILS, Volunteer.class)
                    .setParameter("emails", chunk)
                    .getResultList()
                    .forEach(v -> found.put(v.getEmail(), v));
        }
        return found;
    }

    private static List<List<String>> chunks(Set<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** An address registered meanwhile by a concurrent sign-up: the whole import is refused, nothing stored. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException(TAKEN_MEANWHILE);
            }
            throw e;
        }
    }

    /** A row and what the import does with it; {@code existing} is the volunteer an UPDATED row corrects. */
    private record Planned(ImportRow row, ImportOutcome outcome, Volunteer existing) {

        RowResult result(Long volunteerId) {
            return new RowResult(row.number(), row.email(), outcome, volunteerId, row.reasons());
        }
    }
}
