package org.quartiersnetz.task.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.entity.Described;
import org.quartiersnetz.common.entity.Text;
import org.quartiersnetz.common.entity.Texts;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.volunteer.entity.Skill;

/**
 * One concrete need of a carrier (Einsatz), e.g. "homework help Tue/Thu 15–17 h". The family
 * it serves and the staff note are internal: they never leave the carrier's staff.
 */
@Entity
@Table(name = "task")
public class Task implements Described {

    public static final int NOTE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_type_id", nullable = false)
    private TaskType type;

    @Embedded
    @AttributeOverride(
            name = "title",
            column = @Column(name = "title_de", nullable = false, length = Text.TITLE_LENGTH))
    @AttributeOverride(
            name = "description",
            column = @Column(name = "description_de", nullable = false, length = Text.DESCRIPTION_LENGTH))
    private Text german;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "task_translation", joinColumns = @JoinColumn(name = "task_id"))
    @MapKeyColumn(name = "language", length = Texts.LANGUAGE_LENGTH)
    private Map<String, Text> translations = new HashMap<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(name = "at_family_home", nullable = false)
    private boolean atFamilyHome;

    @Column(name = "family_id")
    private Long familyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "task_schedule", joinColumns = @JoinColumn(name = "task_id"))
    // a List, not a Set: EclipseLink compares collections of embeddables element by element in
    // iteration order, and a HashSet's order differs between an entity and its backup copy, so
    // merely reading an entity with several times marked it changed (a version update per read)
    private List<@Valid WeeklyTime> schedule = new ArrayList<>();

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Column(name = "hours_per_week", nullable = false, precision = 4, scale = 1)
    private BigDecimal hoursPerWeek;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "task_language", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "language", length = 2)
    private Set<String> languages = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "task_skill", joinColumns = @JoinColumn(name = "task_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", length = 30)
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);

    @Column(name = "volunteers_needed", nullable = false)
    private int volunteersNeeded;

    @Column(name = "volunteers_placed", nullable = false)
    private int volunteersPlaced;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private TaskStatus status = TaskStatus.DRAFT;

    @Column(name = "staff_note", length = NOTE_LENGTH)
    private String staffNote;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Task() {}

    public Task(Carrier carrier, long createdBy, Instant now) {
        this.carrier = carrier;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(TaskType type, Texts texts) {
        this.type = type;
        this.german = texts.german();
        texts.keepIn(translations);
    }

    public void place(Site site, boolean atFamilyHome, Long familyId) {
        this.site = site;
        this.atFamilyHome = atFamilyHome;
        this.familyId = familyId;
    }

    public void plan(
            Set<WeeklyTime> schedule,
            LocalDate startsOn,
            Integer durationMonths,
            BigDecimal hoursPerWeek,
            int volunteersNeeded) {
        this.schedule.clear();
        this.schedule.addAll(new TreeSet<>(schedule));
        this.startsOn = startsOn;
        this.durationMonths = durationMonths;
        this.hoursPerWeek = hoursPerWeek;
        this.volunteersNeeded = volunteersNeeded;
        if (status.isOnBoard() || status == TaskStatus.FILLED) {
            status = TaskStatus.byFilling(volunteersPlaced, volunteersNeeded);
        }
    }

    public void require(Set<String> languages, Set<Skill> skills) {
        this.languages.clear();
        this.languages.addAll(languages);
        this.skills.clear();
        this.skills.addAll(skills);
    }

    public void setStaffNote(String staffNote) {
        this.staffNote = staffNote;
    }

    /** Publishing or reopening lands on the state the placements give; closing is final until reopened. */
    public void moveTo(TaskStatus next) {
        this.status = next == TaskStatus.OPEN ? TaskStatus.byFilling(volunteersPlaced, volunteersNeeded) : next;
    }

    /** How many volunteers hold a place now; an open or filled task follows, a draft or closed one stays. */
    public void placed(int holding) {
        this.volunteersPlaced = holding;
        if (status.isOnBoard() || status == TaskStatus.FILLED) {
            status = TaskStatus.byFilling(holding, volunteersNeeded);
        }
    }

    public int placesFree() {
        return Math.max(0, volunteersNeeded - volunteersPlaced);
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    @Override
    public Texts getTexts() {
        return new Texts(german, translations);
    }

    public Long getId() {
        return id;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public TaskType getType() {
        return type;
    }

    public Site getSite() {
        return site;
    }

    public boolean isAtFamilyHome() {
        return atFamilyHome;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public SortedSet<WeeklyTime> getSchedule() {
        return new TreeSet<>(schedule);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public SortedSet<String> getLanguages() {
        return new TreeSet<>(languages);
    }

    public Set<Skill> getSkills() {
        return skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
    }

    public int getVolunteersNeeded() {
        return volunteersNeeded;
    }

    public int getVolunteersPlaced() {
        return volunteersPlaced;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getStaffNote() {
        return staffNote;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
