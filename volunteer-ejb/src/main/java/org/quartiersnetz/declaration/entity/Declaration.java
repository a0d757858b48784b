package org.quartiersnetz.declaration.entity;

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
import java.time.Instant;
import java.util.Locale;

/** One version of a declaration's text; the newest one in force is the one to sign. */
@Entity
@Table(name = "declaration")
@NamedQuery(
        name = Declaration.FIND_IN_FORCE,
        query = "SELECT d FROM Declaration d WHERE d.kind = :kind " + "AND d.validFrom <= :now ORDER BY d.version DESC")
@NamedQuery(name = Declaration.MAX_VERSION, query = "SELECT MAX(d.version) FROM Declaration d WHERE d.kind = :kind")
public class Declaration {

    public static final String FIND_IN_FORCE = "Declaration.findInForce";
    public static final String MAX_VERSION = "Declaration.maxVersion";
    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 8000;

    @Id
    @SequenceGenerator(name = "declaration_seq", sequenceName = "declaration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "declaration_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeclarationKind kind;

    @Column(nullable = false)
    private int version;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "title_de", nullable = false, length = TITLE_LENGTH)
    private String titleDe;

    @Column(name = "body_de", nullable = false, length = BODY_LENGTH)
    private String bodyDe;

    @Column(name = "title_en", nullable = false, length = TITLE_LENGTH)
    private String titleEn;

    @Column(name = "body_en", nullable = false, length = BODY_LENGTH)
    private String bodyEn;

    protected Declaration() {}

    public Declaration(
            DeclarationKind kind,
            int version,
            Instant validFrom,
            String titleDe,
            String bodyDe,
            String titleEn,
            String bodyEn) {
        this.kind = kind;
        this.version = version;
        this.validFrom = validFrom;
        this.titleDe = titleDe;
        this.bodyDe = bodyDe;
        this.titleEn = titleEn;
        this.bodyEn = bodyEn;
    }

    public Long getId() {
        return id;
    }

    public DeclarationKind getKind() {
        return kind;
    }

    public int getVersion() {
        return version;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleDe;
    }

    public String body(Locale locale) {
        return "en".equals(locale.getLanguage()) ? bodyEn : bodyDe;
    }
}
