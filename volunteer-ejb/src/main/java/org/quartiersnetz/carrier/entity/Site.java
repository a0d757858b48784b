package org.quartiersnetz.carrier.entity;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A place where a carrier's offers happen (Einsatzstelle): a meeting place, a youth club, … */
@Entity
@Table(name = "site")
@NamedQuery(name = Site.FIND_BY_CARRIER, query = "SELECT s FROM Site s WHERE s.carrier = :carrier ORDER BY s.name")
public class Site {

    public static final String FIND_BY_CARRIER = "Site.findByCarrier";
    public static final int NAME_LENGTH = 200;
    public static final String POSTCODE_PATTERN = "[0-9]{5}";

    @Id
    @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SiteKind kind;

    @Size(max = 200)
    @Column(length = 200)
    private String street;

    @Pattern(regexp = POSTCODE_PATTERN)
    @Column(length = 5)
    private String postcode;

    @Size(max = 100)
    @Column(length = 100)
    private String city;

    @Version
    private long version;

    protected Site() {}

    public Site(Carrier carrier, String name, SiteKind kind, String street, String postcode, String city) {
        this.carrier = carrier;
        update(name, kind, street, postcode, city);
    }

    public final void update(String name, SiteKind kind, String street, String postcode, String city) {
        this.name = name;
        this.kind = kind;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
    }

    public Long getId() {
        return id;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getName() {
        return name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }
}
