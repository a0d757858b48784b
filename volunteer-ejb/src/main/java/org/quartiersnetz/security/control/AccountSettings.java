package org.quartiersnetz.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of sign-in and of the links sent by e-mail, from MicroProfile Config (environment
 * variables QN_LOGIN_MAX_FAILURES, QN_LOGIN_FAILURE_WINDOW, QN_LOGIN_LOCK_DURATION,
 * QN_TOKEN_CONFIRMATION_VALIDITY, QN_TOKEN_RESET_VALIDITY; durations in ISO-8601, e.g. PT15M).
 */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "qn.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "qn.login.failure-window", defaultValue = "PT15M")
    Duration failureWindow;

    @Inject
    @ConfigProperty(name = "qn.login.lock-duration", defaultValue = "PT15M")
    Duration lockDuration;

    @Inject
    @ConfigProperty(name = "qn.token.confirmation-validity", defaultValue = "PT48H")
    Duration confirmationValidity;

    @Inject
    @ConfigProperty(name = "qn.token.reset-validity", defaultValue = "PT1H")
    Duration resetValidity;

    @Inject
    @ConfigProperty(name = "qn.token.invitation-validity", defaultValue = "P7D")
    Duration invitationValidity;

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailures, failureWindow, lockDuration);
    }

    public Duration confirmationValidity() {
        return confirmationValidity;
    }

    public Duration invitationValidity() {
        return invitationValidity;
    }

    public Duration resetValidity() {
        return resetValidity;
    }
}
