package org.quartiersnetz.imports.entity;

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
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * One import of a carrier's spreadsheet: who imported it, when, from which file, and how many rows
 * created, updated or refused volunteers. The volunteers it created or updated name it (volunteer.import_id).
 */
@Entity
@Table(name = "volunteer_import")
@NamedQuery(
        name = VolunteerImport.FIND_BY_CARRIER,
        query = "SELECT i FROM VolunteerImport i JOIN FETCH i.importedBy WHERE i.carrier.id = :carrier"
                + " ORDER BY i.importedAt DESC, i.id DESC")
@NamedQuery(name = VolunteerImport.TAKEN_EMAILS, query = "SELECT a.email FROM UserAccount a WHERE a.email IN :emails")
@NamedQuery(
        name = VolunteerImport.VOLUNTEERS_BY_EMAILS,
        query = "SELECT v FROM Volunteer v JOIN FETCH v.account a WHERE a.email IN :emails")
public class VolunteerImport {

    public static final String FIND_BY_CARRIER = "VolunteerImport.findByCarrier";
    public static final String TAKEN_EMAILS = "VolunteerImport.takenEmails";
    public static final String VOLUNTEERS_BY_EMAILS = "VolunteerImport.volunteersByEmails";
    public static final int FILE_NAME_LENGTH = 255;

    @Id
    @SequenceGenerator(name = "volunteer_import_seq", sequenceName = "volunteer_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_import_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", nullable = false)
    private Carrier carrier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "imported_by", nullable = false)
    private UserAccount importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "file_name", length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "refused_count", nullable = false)
    private int refusedCount;

    protected VolunteerImport() {}

    public VolunteerImport(Carrier carrier, UserAccount importedBy, Instant importedAt, String fileName) {
        this.carrier = carrier;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.fileName = fileName == null || fileName.isBlank()
                ? null
                : fileName.strip().substring(0, Math.min(fileName.strip().length(), FILE_NAME_LENGTH));
    }

    public void count(int rows, int created, int updated, int refused) {
        this.rowCount = rows;
        this.createdCount = created;
        this.updatedCount = updated;
        this.refusedCount = refused;
    }

    public Long getId() {
        return id;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public UserAccount getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getRefusedCount() {
        return refusedCount;
    }
}
