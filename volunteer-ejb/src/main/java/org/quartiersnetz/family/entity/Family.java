package org.quartiersnetz.family.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.entity.LanguageCode;

/**
 * A family a carrier supports, known only by a pseudonymous code such as F-2026-017: the
 * languages spoken, the children's age bands and what is needed. Never a name or an address.
 */
@Entity
@Table(name = "family")
@NamedQuery(
        name = Family.FIND_BY_CARRIER,
        query = "SELECT f FROM Family f WHERE f.carrier.id = :carrier ORDER BY f.createdAt DESC, f.id DESC")
@NamedQuery(name = Family.COUNT_BY_CARRIER, query = "SELECT COUNT(f) FROM Family f WHERE f.carrier.id = :carrier")
@NamedQuery(
        name = Family.CHOICES_BY_CARRIER,
        query = "SELECT f.id, f.code FROM Family f WHERE f.carrier.id = :carrier ORDER BY f.code")
@NamedQuery(name = Family.FIND_BY_CODE, query = "SELECT f FROM Family f WHERE f.code = :code")
@NamedQuery(name = Family.CODES_LIKE, query = "SELECT f.code FROM Family f WHERE f.code LIKE :prefix")
public class Family {

    public static final String FIND_BY_CARRIER = "Family.findByCarrier";
    public static final String COUNT_BY_CARRIER = "Family.countByCarrier";
    public static final String CHOICES_BY_CARRIER = "Family.choicesByCarrier";
    public static final String FIND_BY_CODE = "Family.findByCode";
    public static final String CODES_LIKE = "Family.codesLike";
    /** F, the year, a number of 3 to 5 digits: F-2026-017. */
    public static final String CODE_PATTERN = "F-[0-9]{4}-[0-9]{3,5}";

    public static final int CODE_LENGTH = 20;
    public static final int NEEDS_LENGTH = 2000;
    public static final int MAX_LANGUAGES = 12;

    @Id
    @SequenceGenerator(name = "family_seq", sequenceName = "family_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @NotNull
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Size(max = MAX_LANGUAGES)
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "family_language", joinColumns = @JoinColumn(name = "family_id"))
    @Column(name = "language", length = 2, nullable = false)
    private Set<@NotNull @LanguageCode String> languages = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "family_age_band", joinColumns = @JoinColumn(name = "family_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 12, nullable = false)
    private Set<AgeBand> ageBands = EnumSet.noneOf(AgeBand.class);

    @Size(max = NEEDS_LENGTH)
    @Column(length = NEEDS_LENGTH)
    private String needs;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Family() {}

    public Family(
            Carrier carrier,
            String code,
            Collection<String> languages,
            Collection<AgeBand> ageBands,
            String needs,
            Instant createdAt) {
        this.carrier = carrier;
        this.createdAt = createdAt;
        update(code, languages, ageBands, needs);
    }

    public final void update(String code, Collection<String> languages, Collection<AgeBand> ageBands, String needs) {
        this.code = code;
        this.languages.clear();
        this.languages.addAll(languages);
        this.ageBands.clear();
        this.ageBands.addAll(ageBands);
        this.needs = needs;
    }

    public Long getId() {
        return id;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getCode() {
        return code;
    }

    /** In alphabetical order of the codes. */
    public List<String> getLanguages() {
        return List.copyOf(new TreeSet<>(languages));
    }

    /** From the youngest to the oldest. */
    public List<AgeBand> getAgeBands() {
        return ageBands.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(ageBands));
    }

    public String getNeeds() {
        return needs;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
