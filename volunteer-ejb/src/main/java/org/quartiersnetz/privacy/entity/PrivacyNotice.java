package org.quartiersnetz.privacy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the privacy notice (Datenschutzhinweis). Versions are never changed once
 * published; the current one is the newest whose validity has begun.
 */
@Entity
@Table(name = "privacy_notice")
@NamedQuery(
        name = PrivacyNotice.FIND_CURRENT,
        query = "SELECT p FROM PrivacyNotice p WHERE p.validFrom <= :now ORDER BY p.version DESC")
public class PrivacyNotice {

    public static final String FIND_CURRENT = "PrivacyNotice.findCurrent";
    public static final String DEFAULT_LANGUAGE = "de";

    @Id
    private int version;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "privacy_notice_text", joinColumns = @JoinColumn(name = "notice_version"))
    @MapKeyColumn(name = "language", length = 2)
    private Map<String, PrivacyNoticeText> texts = new HashMap<>();

    protected PrivacyNotice() {}

    public int getVersion() {
        return version;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    /** The text in the given language, or in German, the network's default, when it has none. */
    public PrivacyNoticeText textIn(String language) {
        return Optional.ofNullable(texts.get(language)).orElseGet(() -> texts.get(DEFAULT_LANGUAGE));
    }

    /** The language that {@link #textIn(String)} answers in. */
    public String languageOf(String requested) {
        return texts.containsKey(requested) ? requested : DEFAULT_LANGUAGE;
    }
}
