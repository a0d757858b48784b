package org.quartiersnetz.carrier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation of the network that runs offers and employs staff (Träger). */
@Entity
@Table(name = "carrier")
@NamedQuery(name = Carrier.FIND_ALL, query = "SELECT c FROM Carrier c ORDER BY c.name")
@NamedQuery(name = Carrier.FIND_BY_CODE, query = "SELECT c FROM Carrier c WHERE c.code = :code")
@NamedQuery(name = Carrier.FIND_BY_CODES, query = "SELECT c FROM Carrier c WHERE c.code IN :codes")
public class Carrier {

    public static final String FIND_ALL = "Carrier.findAll";
    public static final String FIND_BY_CODE = "Carrier.findByCode";
    public static final String FIND_BY_CODES = "Carrier.findByCodes";
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int SHORT_NAME_LENGTH = 60;

    @Id
    @SequenceGenerator(name = "carrier_seq", sequenceName = "carrier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carrier_seq")
    private Long id;

    @NotBlank
    @Pattern(regexp = "[a-z0-9-]+")
    @Size(max = CODE_LENGTH)
    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = SHORT_NAME_LENGTH)
    @Column(name = "short_name", nullable = false, length = SHORT_NAME_LENGTH)
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CarrierKind kind;

    @Version
    private long version;

    protected Carrier() {}

    public Carrier(String code, String name, String shortName, CarrierKind kind) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
    }

    /** The code stays: other records and URLs name the carrier by it. */
    public void rename(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public CarrierKind getKind() {
        return kind;
    }
}
