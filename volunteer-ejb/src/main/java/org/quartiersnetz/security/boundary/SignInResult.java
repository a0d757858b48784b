package org.quartiersnetz.security.boundary;

/**
 * The answer to a sign-in. {@link Outcome#LOCKED} is given for any address with too many
 * failures, registered or not; {@link Outcome#UNCONFIRMED} only with the right password. So the
 * answers tell no one without the password whether an address has an account.
 */
public record SignInResult(Outcome outcome, String email, long lockMinutesLeft) {

    public enum Outcome {
        SIGNED_IN,
        /** Unknown address or wrong password: the same answer for both. */
        REFUSED,
        /** The password is right but the e-mail address not yet confirmed. */
        UNCONFIRMED,
        /** Too many failed attempts for this address; the password was not even checked. */
        LOCKED,
        /** Too many failed attempts from the caller's network address; the password was not checked. */
        THROTTLED
    }

    static SignInResult of(Outcome outcome, String email) {
        return new SignInResult(outcome, email, 0);
    }

    static SignInResult locked(String email, long minutesLeft) {
        return new SignInResult(Outcome.LOCKED, email, minutesLeft);
    }

    static SignInResult throttled(String email, long minutesLeft) {
        return new SignInResult(Outcome.THROTTLED, email, minutesLeft);
    }
}
