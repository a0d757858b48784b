package org.quartiersnetz.security.control;

/**
 * A reason an account with a confirmed address and the right password may not sign in yet. Areas
 * above security implement it (CDI): e.g. a volunteer imported from a carrier's list signs in only
 * once they have accepted the privacy notice through their invitation.
 */
public interface SignInHold {

    boolean holds(long accountId);
}
