package org.quartiersnetz.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.util.Locale;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.Bilingual;

/**
 * A course of the catalogue, named by the code task types use ("child-protection"); offered by one
 * carrier or, without a carrier, network-wide. Its qualification lasts some months or for good.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.FIND_ALL, query = "SELECT c FROM Course c LEFT JOIN FETCH c.carrier ORDER BY c.titleDe")
@NamedQuery(name = Course.FIND_BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
public class Course {

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

    @Column(name = "title_de", nullable = false, length = 200)
    private String titleDe;

    @Column(name = "title_en", length = 200)
    private String titleEn;

    @Column(name = "description_de", nullable = false, length = 4000)
    private String descriptionDe;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

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
        describe(titleDe, null, descriptionDe, null, validityMonths);
    }

    /** Takes the texts and validity staff gave; the code stays, because task types name it. */
    public void describe(
            String titleDe, String titleEn, String descriptionDe, String descriptionEn, Integer validityMonths) {
        this.titleDe = titleDe.strip();
        this.titleEn = blankToNull(titleEn);
        this.descriptionDe = descriptionDe.strip();
        this.descriptionEn = blankToNull(descriptionEn);
        this.validityMonths = validityMonths;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The last day a qualification obtained on the given day is valid, or null when it does not expire. */
    public LocalDate validUntil(LocalDate obtainedOn) {
        return validityMonths == null ? null : obtainedOn.plusMonths(validityMonths);
    }

    public boolean isNetworkWide() {
        return carrier == null;
    }

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleDe, titleEn);
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) && descriptionEn != null ? descriptionEn : descriptionDe;
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

    public String getTitleDe() {
        return titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }
}
