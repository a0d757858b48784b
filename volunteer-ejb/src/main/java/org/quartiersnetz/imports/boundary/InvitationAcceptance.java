package org.quartiersnetz.imports.boundary;

import jakarta.validation.constraints.NotNull;
import org.quartiersnetz.security.boundary.NewPassword;

/**
 * An imported volunteer's answer to the invitation: the token of the link and the password they
 * choose (as for a password reset), and the version of the privacy notice they accept.
 */
public class InvitationAcceptance extends NewPassword {

    @NotNull
    private Integer privacyNoticeVersion;

    public InvitationAcceptance() {}

    public InvitationAcceptance(String token, String password, Integer privacyNoticeVersion) {
        super(token, password);
        this.privacyNoticeVersion = privacyNoticeVersion;
    }

    public Integer getPrivacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    public void setPrivacyNoticeVersion(Integer privacyNoticeVersion) {
        this.privacyNoticeVersion = privacyNoticeVersion;
    }

    /** Neither the token nor the password. */
    @Override
    public String toString() {
        return "InvitationAcceptance[privacyNoticeVersion=" + privacyNoticeVersion + "]";
    }
}
