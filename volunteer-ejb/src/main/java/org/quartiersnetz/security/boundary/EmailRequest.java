package org.quartiersnetz.security.boundary;

import org.quartiersnetz.security.entity.EmailAddress;

/** An e-mail address to send a link to (new password, new confirmation mail). */
public record EmailRequest(@EmailAddress String email) {
}
