package org.quartiersnetz.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * What staff write about a task, an offer or a course in one language: a title and a description.
 * In a translation either may be missing; the German text then stands in for it.
 */
@Embeddable
public class Text implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;

    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    protected Text() {}

    public Text(String title, String description) {
        this.title = stripped(title);
        this.description = stripped(description);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isEmpty() {
        return title == null && description == null;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text
                && Objects.equals(title, text.title)
                && Objects.equals(description, text.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description);
    }
}
