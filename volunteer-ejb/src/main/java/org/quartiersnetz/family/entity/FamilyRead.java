package org.quartiersnetz.family.entity;

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
import java.time.Instant;
import org.quartiersnetz.security.entity.UserAccount;

/** That someone read a family's data, when and why: the audit trail the owning carrier can check. */
@Entity
@Table(name = "family_read")
@NamedQuery(
        name = FamilyRead.FIND_BY_FAMILY,
        query = "SELECT r FROM FamilyRead r JOIN FETCH r.account WHERE r.family = :family"
                + " ORDER BY r.readAt DESC, r.id DESC")
@NamedQuery(name = FamilyRead.COUNT_BY_FAMILY, query = "SELECT COUNT(r) FROM FamilyRead r WHERE r.family = :family")
public class FamilyRead {

    public static final String FIND_BY_FAMILY = "FamilyRead.findByFamily";
    public static final String COUNT_BY_FAMILY = "FamilyRead.countByFamily";

    @Id
    @SequenceGenerator(name = "family_read_seq", sequenceName = "family_read_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_read_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id", nullable = false)
    private Family family;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReadPurpose purpose;

    protected FamilyRead() {}

    public FamilyRead(Family family, UserAccount account, Instant readAt, ReadPurpose purpose) {
        this.family = family;
        this.account = account;
        this.readAt = readAt;
        this.purpose = purpose;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public ReadPurpose getPurpose() {
        return purpose;
    }
}
