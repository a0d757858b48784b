package org.quartiersnetz.security.entity;

import java.util.Locale;

/** What an account may do. Shiro sees each role by its {@link #roleName()}. */
public enum Role {
    VOLUNTEER,
    CARRIER_STAFF,
    CARRIER_COORDINATOR,
    NETWORK_COORDINATOR,
    ADMINISTRATOR;

    /** The name used in shiro.ini and permission checks, e.g. "carrier-staff". */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
