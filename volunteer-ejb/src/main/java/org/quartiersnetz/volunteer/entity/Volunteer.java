package org.quartiersnetz.volunteer.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.security.entity.UserAccount;

/** A neighbour who gives time (Ehrenamtliche/r). */
@Entity
@Table(name = "volunteer")
@NamedQuery(name = Volunteer.FIND_BY_EMAIL,
        query = "SELECT v FROM Volunteer v WHERE v.account.email = :email")
public class Volunteer {

    public static final String FIND_BY_EMAIL = "Volunteer.findByEmail";
    public static final int NAME_LENGTH = 100;
    public static final int PHONE_LENGTH = 30;
    /** Digits with the usual separators and an optional leading plus, e.g. "+49 214 123456". */
    public static final String PHONE_PATTERN = "\\+?[0-9][0-9 ()/-]{4,29}";
    public static final int MAX_LANGUAGES = 12;

    @Id
    @SequenceGenerator(name = "volunteer_seq", sequenceName = "volunteer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_seq")
    private Long id;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
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

    @Pattern(regexp = PHONE_PATTERN)
    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Size(min = 1, max = MAX_LANGUAGES)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_language", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "language", length = 2, nullable = false)
    private Set<@LanguageCode String> languages = new TreeSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VolunteerStatus status;

    @Column(name = "privacy_notice_version", nullable = false)
    private int privacyNoticeVersion;

    @NotNull
    @Column(name = "privacy_consent_at", nullable = false)
    private Instant privacyConsentAt;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Volunteer() {
    }

    public Volunteer(UserAccount account, String firstName, String lastName, String phone,
            Collection<String> languages, int privacyNoticeVersion, Instant now) {
        this.account = account;
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.languages = new TreeSet<>(languages);
        this.status = VolunteerStatus.APPLIED;
        this.privacyNoticeVersion = privacyNoticeVersion;
        this.privacyConsentAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getEmail() {
        return account.getEmail();
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPhone() {
        return phone;
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    public int getPrivacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    public Instant getPrivacyConsentAt() {
        return privacyConsentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
