package org.quartiersnetz.volunteer.entity;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.task.entity.TaskType;

/** A neighbour who gives time (Ehrenamtliche/r), with the profile they keep up to date. */
@Entity
@Table(name = "volunteer")
@NamedQuery(name = Volunteer.FIND_BY_EMAIL, query = "SELECT v FROM Volunteer v WHERE v.account.email = :email")
@NamedQuery(name = Volunteer.FIND_BY_IDS, query = "SELECT v FROM Volunteer v JOIN FETCH v.account WHERE v.id IN :ids")
@NamedQuery(
        name = Volunteer.FIND_SIMILAR,
        query = "SELECT v FROM Volunteer v WHERE v.id <> :id AND v.phoneDigits = :phoneDigits"
                + " AND LOWER(v.lastName) = :lastName AND v.privacyConsentAt IS NOT NULL ORDER BY v.id")
public class Volunteer {

    public static final String FIND_BY_EMAIL = "Volunteer.findByEmail";
    public static final String FIND_BY_IDS = "Volunteer.findByIds";
    public static final String FIND_SIMILAR = "Volunteer.findSimilar";
    public static final int NAME_LENGTH = 100;
    public static final int PHONE_LENGTH = 30;
    /** Digits with the usual separators and an optional leading plus, e.g. "+49 214 123456". */
    public static final String PHONE_PATTERN = "\\+?[0-9][0-9 ()/-]{4,29}";

    public static final String POSTCODE_PATTERN = "[0-9]{5}";
    public static final int AREA_LENGTH = 100;
    public static final int MAX_LANGUAGES = 12;
    public static final int TAG_LENGTH = 40;
    public static final int MAX_TAGS = 20;
    public static final int MAX_HOURS_PER_WEEK = 40;

    @Id
    @SequenceGenerator(name = "volunteer_seq", sequenceName = "volunteer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_seq")
    private Long id;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private UserAccount account;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "first_name", nullable = false, length = NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "last_name", nullable = false, length = NAME_LENGTH)
    private String lastName;

    @Pattern(regexp = PHONE_PATTERN)
    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Size(min = 1, max = MAX_LANGUAGES)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "volunteer_language", joinColumns = @JoinColumn(name = "volunteer_id"))
    @MapKeyColumn(name = "language", length = 2)
    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 10, nullable = false)
    private Map<@LanguageCode String, @NotNull LanguageLevel> languages = new TreeMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", length = 30, nullable = false)
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);

    @Size(max = MAX_TAGS)
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "volunteer_tag", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "tag", length = TAG_LENGTH, nullable = false)
    private Set<@NotBlank @Size(max = TAG_LENGTH) String> tags = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "volunteer_availability", joinColumns = @JoinColumn(name = "volunteer_id"))
    // a List for the reason given at Task.schedule
    private List<@Valid Availability> availability = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(
            name = "volunteer_interest",
            joinColumns = @JoinColumn(name = "volunteer_id"),
            inverseJoinColumns = @JoinColumn(name = "task_type_id"))
    private Set<TaskType> interests = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(
            name = "volunteer_carrier",
            joinColumns = @JoinColumn(name = "volunteer_id"),
            inverseJoinColumns = @JoinColumn(name = "carrier_id"))
    private Set<Carrier> carriers = new HashSet<>();

    @Pattern(regexp = POSTCODE_PATTERN)
    @Column(length = 5)
    private String postcode;

    @Size(max = AREA_LENGTH)
    @Column(length = AREA_LENGTH)
    private String area;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Min(1)
    @Max(MAX_HOURS_PER_WEEK)
    @Column(name = "max_hours_per_week")
    private Integer maxHoursPerWeek;

    @Column(name = "available_from")
    private LocalDate availableFrom;

    @Column(name = "available_until")
    private LocalDate availableUntil;

    @Column(name = "shared_pool", nullable = false)
    private boolean sharedPool;

    @Column(name = "shared_pool_since")
    private Instant sharedPoolSince;

    @Column(name = "group_mail", nullable = false)
    private boolean groupMail = true;

    /** Digits of the phone number only, so that "0214 55-01" and "021455 01" compare equal. */
    @Column(name = "phone_digits", length = PHONE_LENGTH)
    private String phoneDigits;

    @Column(name = "possible_duplicate_of")
    private Long possibleDuplicateOf;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VolunteerStatus status;

    @NotNull
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    /** Null only for an imported volunteer who has not accepted the privacy notice yet. */
    @Column(name = "privacy_notice_version")
    private Integer privacyNoticeVersion;

    @Column(name = "privacy_consent_at")
    private Instant privacyConsentAt;

    /** The carrier whose spreadsheet import created the volunteer; the only one to see them until they accept. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "imported_by_carrier_id")
    private Carrier importedBy;

    /** The import (imports.entity.VolunteerImport) that created or last updated the volunteer. */
    @Column(name = "import_id")
    private Long importId;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Volunteer() {}

    public Volunteer(
            UserAccount account,
            String firstName,
            String lastName,
            String phone,
            Collection<String> languages,
            int privacyNoticeVersion,
            Instant now) {
        this.account = account;
        setName(firstName, lastName);
        setPhone(phone);
        languages.forEach(code -> this.languages.put(code, LanguageLevel.GOOD));
        this.status = VolunteerStatus.APPLIED;
        this.statusChangedAt = now;
        this.privacyNoticeVersion = privacyNoticeVersion;
        this.privacyConsentAt = now;
        this.createdAt = now;
    }

    /**
     * A volunteer from a carrier's spreadsheet: they chose that carrier (and not the shared pool) and
     * have accepted no privacy notice yet; until they do, only the importing carrier's staff see them.
     */
    public static Volunteer imported(
            UserAccount account,
            String firstName,
            String lastName,
            String phone,
            Collection<String> languages,
            Carrier carrier,
            long importId,
            Instant now) {
        Volunteer volunteer = new Volunteer(account, firstName, lastName, phone, languages, 0, now);
        volunteer.privacyNoticeVersion = null;
        volunteer.privacyConsentAt = null;
        volunteer.importedBy = carrier;
        volunteer.importId = importId;
        volunteer.carriers.add(carrier);
        return volunteer;
    }

    /** The volunteer accepts the privacy notice of this version (e.g. through the import's invitation). */
    public void acceptPrivacyNotice(int version, Instant now) {
        this.privacyNoticeVersion = version;
        this.privacyConsentAt = now;
    }

    /** A later import of the same carrier corrects what its spreadsheet says, as long as the volunteer has not accepted. */
    public void reimport(String firstName, String lastName, String phone, Collection<String> languages, long importId) {
        setName(firstName, lastName);
        setPhone(phone);
        // the file says which languages they speak: replaced, not added to (a level already known is kept)
        Map<String, LanguageLevel> known = new TreeMap<>(this.languages);
        this.languages.clear();
        languages.forEach(code -> this.languages.put(code, known.getOrDefault(code, LanguageLevel.GOOD)));
        this.importId = importId;
    }

    /** Confirmed the address and accepted the privacy notice: only then may anyone but the importing carrier see them. */
    public boolean isWelcomed() {
        return account.isEmailConfirmed() && privacyConsentAt != null;
    }

    /** Imported by this carrier and not yet accepted the privacy notice. */
    public boolean isAwaitingAcceptanceBy(long carrierId) {
        return privacyConsentAt == null && importedBy != null && importedBy.getId() == carrierId;
    }

    /** Moves to the next status; the caller has checked that the step is allowed. */
    public StatusChange changeStatus(VolunteerStatus to, Instant now, UserAccount by, Carrier carrier, String reason) {
        StatusChange change = new StatusChange(this, status, to, now, by, carrier, reason);
        this.status = to;
        this.statusChangedAt = now;
        return change;
    }

    public final void setName(String firstName, String lastName) {
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
    }

    public final void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.phoneDigits = this.phone == null ? null : this.phone.replaceAll("[^0-9]", "");
    }

    public void setLanguages(Map<String, LanguageLevel> languages) {
        this.languages.clear();
        this.languages.putAll(languages);
    }

    public void setSkills(Collection<Skill> skills) {
        this.skills.clear();
        this.skills.addAll(skills);
    }

    public void setTags(Collection<String> tags) {
        this.tags.clear();
        tags.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(this.tags::add);
    }

    public void setAvailability(Collection<Availability> availability) {
        this.availability.clear();
        this.availability.addAll(new TreeSet<>(availability));
    }

    public void setInterests(Collection<TaskType> interests) {
        this.interests.clear();
        this.interests.addAll(interests);
    }

    /** Adds a carrier to those the volunteer works with, e.g. when they book one of its slots. */
    public void chooseCarrier(Carrier carrier) {
        if (!hasChosenCarrierId(carrier.getId())) {
            carriers.add(carrier);
        }
    }

    public void setCarriers(Collection<Carrier> carriers) {
        this.carriers.clear();
        this.carriers.addAll(carriers);
    }

    public void setPlace(String postcode, String area) {
        this.postcode = postcode == null || postcode.isBlank() ? null : postcode.strip();
        this.area = area == null || area.isBlank() ? null : area.strip();
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public void setCapacity(Integer maxHoursPerWeek, LocalDate availableFrom, LocalDate availableUntil) {
        this.maxHoursPerWeek = maxHoursPerWeek;
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
    }

    /** Joining or leaving the shared pool (visible to all carriers of the network). */
    public void setSharedPool(boolean sharedPool, Instant now) {
        if (sharedPool && !this.sharedPool) {
            sharedPoolSince = now;
        } else if (!sharedPool) {
            sharedPoolSince = null;
        }
        this.sharedPool = sharedPool;
    }

    public void setGroupMail(boolean groupMail) {
        this.groupMail = groupMail;
    }

    public void flagPossibleDuplicateOf(Long otherId) {
        this.possibleDuplicateOf = otherId;
    }

    /** Takes over what a duplicate sign-up of the same person says in addition to this profile. */
    public void absorb(Volunteer duplicate, Instant now) {
        duplicate.languages.forEach((code, level) ->
                languages.merge(code, level, (mine, theirs) -> mine.compareTo(theirs) >= 0 ? mine : theirs));
        skills.addAll(duplicate.skills);
        tags.addAll(duplicate.tags);
        SortedSet<Availability> merged = new TreeSet<>(availability);
        merged.addAll(duplicate.availability);
        setAvailability(merged);
        interests.addAll(duplicate.interests);
        carriers.addAll(duplicate.carriers);
        if (duplicate.sharedPool) {
            setSharedPool(true, now);
        }
        if (phone == null) {
            setPhone(duplicate.phone);
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getEmail() {
        return account.getEmail();
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** The name as the platform shows it to others: first and last name. */
    public String getName() {
        return firstName + " " + lastName;
    }

    public String getPhone() {
        return phone;
    }

    public String getPhoneDigits() {
        return phoneDigits;
    }

    public SortedSet<String> getLanguages() {
        return new TreeSet<>(languages.keySet());
    }

    public SortedMap<String, LanguageLevel> getLanguageLevels() {
        return new TreeMap<>(languages);
    }

    public Set<Skill> getSkills() {
        return skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
    }

    public SortedSet<String> getTags() {
        return new TreeSet<>(tags);
    }

    public SortedSet<Availability> getAvailability() {
        return new TreeSet<>(availability);
    }

    public SortedSet<String> getInterestCodes() {
        return interests.stream().map(TaskType::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<TaskType> getInterests() {
        return Set.copyOf(interests);
    }

    public SortedSet<String> getCarrierCodes() {
        return carriers.stream().map(Carrier::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean hasChosenCarrierId(long carrierId) {
        return carriers.stream().anyMatch(c -> c.getId() == carrierId);
    }

    public String getPostcode() {
        return postcode;
    }

    public String getArea() {
        return area;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Integer getMaxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getAvailableUntil() {
        return availableUntil;
    }

    public boolean isSharedPool() {
        return sharedPool;
    }

    public Instant getSharedPoolSince() {
        return sharedPoolSince;
    }

    public boolean isGroupMail() {
        return groupMail;
    }

    public Long getPossibleDuplicateOf() {
        return possibleDuplicateOf;
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    /** The version of the privacy notice accepted; 0 while an imported volunteer has accepted none. */
    public int getPrivacyNoticeVersion() {
        return privacyNoticeVersion == null ? 0 : privacyNoticeVersion;
    }

    public Instant getPrivacyConsentAt() {
        return privacyConsentAt;
    }

    public Carrier getImportedBy() {
        return importedBy;
    }

    public Long getImportId() {
        return importId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
