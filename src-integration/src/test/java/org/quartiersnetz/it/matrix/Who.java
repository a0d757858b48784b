package org.quartiersnetz.it.matrix;

/** The roles the matrix asks, each signed in as a demo account or a fresh volunteer (or not at all). */
public enum Who {
    ANONYMOUS,
    /** The volunteer the rows are about, who chose Caritas. */
    SELF,
    OTHER_VOLUNTEER,
    CARITAS_STAFF,
    CARITAS_COORDINATOR,
    JUGENDWERKE_STAFF,
    JUGENDWERKE_COORDINATOR,
    NETWORK_COORDINATOR,
    ADMINISTRATOR,
    /** The external supervisor of Caritas. */
    SUPERVISOR
}
