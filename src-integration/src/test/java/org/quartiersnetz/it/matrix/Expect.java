package org.quartiersnetz.it.matrix;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The status each role gets from one row, role by role by name. Every role must be given, and only
 * once; the supervisor alone may be left out (see {@link #apiDefault}).
 */
public final class Expect {

    private final Map<Who, Integer> statuses = new EnumMap<>(Who.class);

    private Expect() {}

    public static Expect expect() {
        return new Expect();
    }

    public Expect anonymous(int status) {
        return set(status, Who.ANONYMOUS);
    }

    public Expect self(int status) {
        return set(status, Who.SELF);
    }

    public Expect otherVolunteer(int status) {
        return set(status, Who.OTHER_VOLUNTEER);
    }

    /** Caritas staff and coordinator alike. */
    public Expect caritas(int status) {
        return set(status, Who.CARITAS_STAFF, Who.CARITAS_COORDINATOR);
    }

    public Expect caritasStaff(int status) {
        return set(status, Who.CARITAS_STAFF);
    }

    public Expect caritasCoordinator(int status) {
        return set(status, Who.CARITAS_COORDINATOR);
    }

    /** Jugendwerke staff and coordinator alike. */
    public Expect jugendwerke(int status) {
        return set(status, Who.JUGENDWERKE_STAFF, Who.JUGENDWERKE_COORDINATOR);
    }

    public Expect jugendwerkeStaff(int status) {
        return set(status, Who.JUGENDWERKE_STAFF);
    }

    public Expect jugendwerkeCoordinator(int status) {
        return set(status, Who.JUGENDWERKE_COORDINATOR);
    }

    public Expect network(int status) {
        return set(status, Who.NETWORK_COORDINATOR);
    }

    public Expect admin(int status) {
        return set(status, Who.ADMINISTRATOR);
    }

    public Expect supervisor(int status) {
        return set(status, Who.SUPERVISOR);
    }

    /** The same status for every role, the supervisor included. */
    public Expect everyone(int status) {
        return set(status, Who.values());
    }

    private Expect set(int status, Who... roles) {
        for (Who who : roles) {
            if (statuses.putIfAbsent(who, status) != null) {
                throw new IllegalStateException(who + " is given twice");
            }
        }
        return this;
    }

    /** All roles; fails for the row if one is missing. */
    Map<Who, Integer> statuses(String row) {
        Map<Who, Integer> all = new EnumMap<>(statuses);
        if (all.containsKey(Who.ANONYMOUS)) {
            all.putIfAbsent(Who.SUPERVISOR, apiDefault(all.get(Who.ANONYMOUS)));
        }
        for (Who who : Who.values()) {
            if (!all.containsKey(who)) {
                throw new IllegalStateException(row + ": no status for " + who);
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** What the supervisor gets where a row does not say: what anybody gets from a public endpoint, else 403. */
    private static int apiDefault(int anonymous) {
        return anonymous < 400 ? anonymous : 403;
    }
}
