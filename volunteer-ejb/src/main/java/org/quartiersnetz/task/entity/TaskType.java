package org.quartiersnetz.task.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quartiersnetz.declaration.entity.DeclarationKind;

/**
 * A kind of task (Einsatzart), e.g. godparent scheme or homework help, with what it asks of a
 * volunteer: clearance (§72a SGB VIII), courses, supervision, a minimum age.
 */
@Entity
@Table(name = "task_type")
@NamedQuery(name = TaskType.FIND_ALL, query = "SELECT t FROM TaskType t ORDER BY t.id")
@NamedQuery(name = TaskType.FIND_BY_CODES, query = "SELECT t FROM TaskType t WHERE t.code IN :codes")
public class TaskType {

    public static final String FIND_ALL = "TaskType.findAll";
    public static final String FIND_BY_CODES = "TaskType.findByCodes";
    public static final int CODE_LENGTH = 40;
    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @Id
    @SequenceGenerator(name = "task_type_seq", sequenceName = "task_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_type_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(name = "name_de", nullable = false, length = 200)
    private String nameDe;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** The name in languages other than German and English, by language code. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_type_name", joinColumns = @JoinColumn(name = "task_type_id"))
    @MapKeyColumn(name = "language", length = 5)
    @Column(name = "name", nullable = false, length = 200)
    private Map<String, String> names = new HashMap<>();

    @Column(name = "clearance_required", nullable = false)
    private boolean clearanceRequired;

    @Column(name = "supervision_interval_weeks")
    private Integer supervisionIntervalWeeks;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge = 16;

    @Column(name = "typical_hours_per_week", precision = 4, scale = 1)
    private BigDecimal typicalHoursPerWeek;

    @Column(name = "typical_duration_months")
    private Integer typicalDurationMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskScheduling scheduling = TaskScheduling.LONG_TERM;

    /** Placements go through the tandem steps (godparent schemes): getting to know, trial, agreement. */
    @Column(nullable = false)
    private boolean tandem;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_type_course", joinColumns = @JoinColumn(name = "task_type_id"))
    @Column(name = "course_code", length = CODE_LENGTH)
    private Set<String> requiredCourses = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_type_declaration", joinColumns = @JoinColumn(name = "task_type_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private Set<DeclarationKind> requiredDeclarations = EnumSet.noneOf(DeclarationKind.class);

    @Version
    private long version;

    protected TaskType() {}

    public TaskType(String code) {
        this.code = code;
    }

    /** Takes over everything but the code, which other records and the training area refer to. */
    public void describe(
            String nameDe,
            String nameEn,
            boolean clearanceRequired,
            Integer supervisionIntervalWeeks,
            int minimumAge,
            BigDecimal typicalHoursPerWeek,
            Integer typicalDurationMonths,
            TaskScheduling scheduling,
            Set<String> requiredCourses,
            Set<DeclarationKind> requiredDeclarations) {
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.clearanceRequired = clearanceRequired;
        this.supervisionIntervalWeeks = supervisionIntervalWeeks;
        this.minimumAge = minimumAge;
        this.typicalHoursPerWeek = typicalHoursPerWeek;
        this.typicalDurationMonths = typicalDurationMonths;
        this.scheduling = scheduling;
        this.requiredCourses.clear();
        this.requiredCourses.addAll(requiredCourses);
        this.requiredDeclarations.clear();
        this.requiredDeclarations.addAll(requiredDeclarations);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the given language; German where no other is kept. */
    public String name(Locale locale) {
        String language = locale.getLanguage();
        return "en".equals(language) ? nameEn : names.getOrDefault(language, nameDe);
    }

    public boolean isClearanceRequired() {
        return clearanceRequired;
    }

    public Integer getSupervisionIntervalWeeks() {
        return supervisionIntervalWeeks;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public BigDecimal getTypicalHoursPerWeek() {
        return typicalHoursPerWeek;
    }

    public Integer getTypicalDurationMonths() {
        return typicalDurationMonths;
    }

    public TaskScheduling getScheduling() {
        return scheduling;
    }

    public boolean isTandem() {
        return tandem;
    }

    public void setTandem(boolean tandem) {
        this.tandem = tandem;
    }

    public boolean isSlotBased() {
        return scheduling == TaskScheduling.SLOT_BASED;
    }

    public Set<DeclarationKind> getRequiredDeclarations() {
        return requiredDeclarations.isEmpty()
                ? EnumSet.noneOf(DeclarationKind.class)
                : EnumSet.copyOf(requiredDeclarations);
    }

    public Set<String> getRequiredCourses() {
        return new TreeSet<>(requiredCourses);
    }
}
