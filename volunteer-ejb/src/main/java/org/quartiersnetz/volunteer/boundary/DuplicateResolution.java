package org.quartiersnetz.volunteer.boundary;

/** What staff decide about a sign-up flagged as a possible duplicate. */
public enum DuplicateResolution {
    /** Two different people after all: the flag goes. */
    DISMISS,
    /**
     * The same person: the original profile takes over what the duplicate adds (languages,
     * skills, tags, times, interests, carriers, pool consent); the duplicate leaves and its account
     * can no longer sign in.
     */
    MERGE
}
