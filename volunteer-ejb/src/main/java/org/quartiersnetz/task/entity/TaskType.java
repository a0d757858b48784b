package org.quartiersnetz.task.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A kind of task (Einsatzart), e.g. godparent scheme or homework help. */
@Entity
@Table(name = "task_type")
@NamedQuery(name = TaskType.FIND_ALL, query = "SELECT t FROM TaskType t ORDER BY t.id")
@NamedQuery(name = TaskType.FIND_BY_CODES, query = "SELECT t FROM TaskType t WHERE t.code IN :codes")
public class TaskType {

    public static final String FIND_ALL = "TaskType.findAll";
    public static final String FIND_BY_CODES = "TaskType.findByCodes";

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_de", nullable = false, length = 200)
    private String nameDe;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Version
    private long version;

    protected TaskType() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The name in the given language; German where no other is kept. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }
}
