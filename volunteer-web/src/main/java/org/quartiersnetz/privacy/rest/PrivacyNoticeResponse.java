package org.quartiersnetz.privacy.rest;

import java.time.Instant;
import org.quartiersnetz.privacy.entity.PrivacyNotice;
import org.quartiersnetz.privacy.entity.PrivacyNoticeText;

/** The privacy notice in force, in one language. */
public record PrivacyNoticeResponse(int version, Instant validFrom, String language, String title, String text) {

    static PrivacyNoticeResponse of(PrivacyNotice notice, String requestedLanguage) {
        PrivacyNoticeText text = notice.textIn(requestedLanguage);
        return new PrivacyNoticeResponse(
                notice.getVersion(),
                notice.getValidFrom(),
                notice.languageOf(requestedLanguage),
                text.getTitle(),
                text.getBody());
    }
}
