package org.quartiersnetz.declaration.entity;

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
import java.time.Instant;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** A volunteer signed one version of a declaration, at a time. */
@Entity
@Table(name = "declaration_signature")
@NamedQuery(
        name = Signature.FIND_BY_VOLUNTEER,
        query = "SELECT s FROM Signature s JOIN FETCH s.declaration "
                + "WHERE s.volunteer.id = :volunteer ORDER BY s.signedAt")
public class Signature {

    public static final String FIND_BY_VOLUNTEER = "Signature.findByVolunteer";

    @Id
    @SequenceGenerator(
            name = "declaration_signature_seq",
            sequenceName = "declaration_signature_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "declaration_signature_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "declaration_id", nullable = false)
    private Declaration declaration;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected Signature() {}

    public Signature(Volunteer volunteer, Declaration declaration, Instant signedAt) {
        this.volunteer = volunteer;
        this.declaration = declaration;
        this.signedAt = signedAt;
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
