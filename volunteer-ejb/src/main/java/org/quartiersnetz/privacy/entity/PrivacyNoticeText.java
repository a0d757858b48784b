package org.quartiersnetz.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The privacy notice in one language. */
@Embeddable
public class PrivacyNoticeText {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String body;

    protected PrivacyNoticeText() {}

    public PrivacyNoticeText(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
