package org.quartiersnetz.carrier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * A carrier's professional (Fachkraft) or a network role; the account holds e-mail, role and
 * carrier, this the person.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(
        name = StaffMember.FIND_ALL,
        query = "SELECT s FROM StaffMember s JOIN FETCH s.account a ORDER BY s.lastName, s.firstName")
@NamedQuery(
        name = StaffMember.FIND_BY_CARRIER,
        query = "SELECT s FROM StaffMember s JOIN FETCH s.account a WHERE a.carrier = :carrier"
                + " ORDER BY s.lastName, s.firstName")
@NamedQuery(name = StaffMember.FIND_BY_ACCOUNT, query = "SELECT s FROM StaffMember s WHERE s.account = :account")
public class StaffMember {

    public static final String FIND_ALL = "StaffMember.findAll";
    public static final String FIND_BY_CARRIER = "StaffMember.findByCarrier";
    public static final String FIND_BY_ACCOUNT = "StaffMember.findByAccount";
    public static final int NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    private Long id;

    @OneToOne(optional = false)
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

    @Version
    private long version;

    protected StaffMember() {}

    public StaffMember(UserAccount account, String firstName, String lastName) {
        this.account = account;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
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

    public void rename(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }
}
