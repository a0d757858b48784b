package org.quartiersnetz.training.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.entity.Described;
import org.quartiersnetz.common.entity.Text;
import org.quartiersnetz.common.entity.Texts;

/**
 * A course of the catalogue, named by the code task types use ("child-protection"); offered by one
 * carrier or, without a carrier, network-wide. Its qualification lasts some months or for good.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.FIND_ALL, query = "SELECT c FROM Course c LEFT JOIN FETCH c.carrier ORDER BY c.german.title")
@NamedQuery(name = Course.FIND_BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
public class Course implements Described {

    public static final String FIND_ALL = "Course.findAll";
    public static final String FIND_BY_CODE = "Course.findByCode";

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    /** The carrier that offers it; null: offered network-wide. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

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
    @CollectionTable(name = "course_translation", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "language", length = Texts.LANGUAGE_LENGTH)
    private Map<String, Text> translations = new HashMap<>();

    /** How long a qualification from this course lasts; null: for good. */
    @Column(name = "validity_months")
    private Integer validityMonths;

    @Version
    private long version;

    protected Course() {}

    /** A course without texts yet: {@link #describe} gives them. */
    public Course(String code, Carrier carrier) {
        this.code = code;
        this.carrier = carrier;
    }

    public Course(String code, Carrier carrier, String titleDe, String descriptionDe, Integer validityMonths) {
        this(code, carrier);
        describe(Texts.german(titleDe, descriptionDe), validityMonths);
    }

    /** Takes the texts and validity staff gave; the code stays, because task types name it. */
    public void describe(Texts texts, Integer validityMonths) {
        this.german = texts.german();
        texts.keepIn(translations);
        this.validityMonths = validityMonths;
    }

    /** The last day a qualification obtained on the given day is valid, or null when it does not expire. */
    public LocalDate validUntil(LocalDate obtainedOn) {
        return validityMonths == null ? null : obtainedOn.plusMonths(validityMonths);
    }

    public boolean isNetworkWide() {
        return carrier == null;
    }

    @Override
    public Texts getTexts() {
        return new Texts(german, translations);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }
}
