package org.quartiersnetz.offer.entity;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.common.entity.Text;
import org.quartiersnetz.common.entity.Texts;
import org.quartiersnetz.common.entity.WeeklyTime;

/**
 * A regular offer of a carrier at one of its sites for the residents (Angebot): a parents' café,
 * open consultation hours, the meeting place's or the youth club's opening times.
 */
@Entity
@Table(name = "offer")
@NamedQuery(
        name = Offer.FIND_BY_CARRIER,
        query = "SELECT o FROM Offer o WHERE o.carrier = :carrier ORDER BY o.german.title, o.id")
// carrier and site fetched with the offers: the week shows both, and one query beats two per offer
@NamedQuery(
        name = Offer.FIND_VALID_BETWEEN,
        query = "SELECT o FROM Offer o JOIN FETCH o.carrier JOIN FETCH o.site"
                + " WHERE (o.validFrom IS NULL OR o.validFrom <= :last) AND (o.validUntil IS NULL OR o.validUntil >= :first)"
                + " ORDER BY o.german.title, o.id")
public class Offer implements Described {

    public static final String FIND_BY_CARRIER = "Offer.findByCarrier";
    /** Offers valid on at least one day between :first and :last. */
    public static final String FIND_VALID_BETWEEN = "Offer.findValidBetween";

    public static final int MAX_TIMES = 14;
    public static final int MAX_LANGUAGES = 12;
    public static final int MAX_CANCELLATIONS = 60;

    @Id
    @SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    @NotNull
    @Valid
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
    @CollectionTable(name = "offer_translation", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "language", length = Texts.LANGUAGE_LENGTH)
    private Map<String, Text> translations = new HashMap<>();

    @Size(min = 1, max = MAX_TIMES)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_time", joinColumns = @JoinColumn(name = "offer_id"))
    // a List for the reason given at Task.schedule
    private List<@Valid WeeklyTime> times = new ArrayList<>();

    @Size(max = MAX_LANGUAGES)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_language", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "language", length = 2, nullable = false)
    private Set<@LanguageCode String> languages = new TreeSet<>();

    @Size(max = MAX_CANCELLATIONS)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_cancellation", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "cancelled_on", nullable = false)
    private Set<LocalDate> cancellations = new TreeSet<>();

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    private long version;

    protected Offer() {}

    public Offer(Carrier carrier) {
        this.carrier = carrier;
    }

    public void describe(Site site, Texts texts) {
        this.site = site;
        this.german = texts.german();
        texts.keepIn(translations);
    }

    public void schedule(
            Collection<WeeklyTime> times,
            Collection<String> languages,
            LocalDate validFrom,
            LocalDate validUntil,
            Collection<LocalDate> cancellations) {
        this.times.clear();
        this.times.addAll(new TreeSet<>(times));
        this.languages.clear();
        this.languages.addAll(languages);
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.cancellations.clear();
        this.cancellations.addAll(cancellations);
    }

    /** Whether the offer takes place on this day at all (validity and cancellations; not its weekdays). */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }

    public boolean isCancelledOn(LocalDate date) {
        return cancellations.contains(date);
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

    public Site getSite() {
        return site;
    }

    public SortedSet<WeeklyTime> getTimes() {
        return new TreeSet<>(times);
    }

    public SortedSet<String> getLanguages() {
        return new TreeSet<>(languages);
    }

    public SortedSet<LocalDate> getCancellations() {
        return new TreeSet<>(cancellations);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
