package org.quartiersnetz.security.entity;

import java.util.Locale;
import java.util.Set;

/**
 * What an account may do. Shiro sees each role by its {@link #roleName()} and the permissions it
 * grants; which records a permission reaches (own carrier, own profile) each area decides in its
 * access rules.
 */
public enum Role {
    VOLUNTEER(Permissions.OWN_PROFILE),
    CARRIER_STAFF(
            Permissions.VOLUNTEER_READ,
            Permissions.VOLUNTEER_MANAGE,
            Permissions.NOTE_WRITE,
            Permissions.MESSAGE_SEND,
            Permissions.TOKEN_OWN,
            Permissions.STAFF_READ,
            Permissions.TASK_READ,
            Permissions.TASK_MANAGE,
            Permissions.FAMILY_MANAGE,
            Permissions.OFFER_MANAGE,
            Permissions.COURSE_MANAGE,
            Permissions.CLEARANCE_MANAGE,
            Permissions.PLACEMENT_READ,
            Permissions.PLACEMENT_PROPOSE,
            Permissions.PLACEMENT_MANAGE,
            Permissions.SUPERVISION_READ,
            Permissions.SUPERVISION_MANAGE,
            Permissions.CALENDAR_READ),
    CARRIER_COORDINATOR(
            Permissions.VOLUNTEER_READ,
            Permissions.VOLUNTEER_MANAGE,
            Permissions.NOTE_WRITE,
            Permissions.MESSAGE_SEND,
            Permissions.TOKEN_OWN,
            Permissions.STAFF_READ,
            Permissions.SITE_MANAGE,
            Permissions.TASK_READ,
            Permissions.TASK_MANAGE,
            Permissions.FAMILY_MANAGE,
            Permissions.OFFER_MANAGE,
            Permissions.COURSE_MANAGE,
            Permissions.CLEARANCE_MANAGE,
            Permissions.PLACEMENT_READ,
            Permissions.PLACEMENT_PROPOSE,
            Permissions.PLACEMENT_MANAGE,
            Permissions.SUPERVISION_READ,
            Permissions.SUPERVISION_MANAGE,
            Permissions.DASHBOARD_READ,
            Permissions.CALENDAR_READ,
            Permissions.CALENDAR_FEED),
    // the round table sees every carrier's tasks and rosters, but no family and edits nothing of a carrier's
    NETWORK_COORDINATOR(
            Permissions.VOLUNTEER_READ,
            Permissions.VOLUNTEER_MANAGE,
            Permissions.MESSAGE_SEND,
            Permissions.TOKEN_OWN,
            Permissions.STAFF_READ,
            Permissions.TASK_READ,
            Permissions.COURSE_MANAGE,
            Permissions.PLACEMENT_READ,
            Permissions.PLACEMENT_PROPOSE,
            Permissions.SUPERVISION_READ,
            Permissions.SUPERVISION_MANAGE,
            Permissions.DASHBOARD_READ,
            Permissions.CALENDAR_READ),
    ADMINISTRATOR(
            Permissions.CARRIER_MANAGE,
            Permissions.SITE_MANAGE,
            Permissions.STAFF_READ,
            Permissions.STAFF_MANAGE,
            Permissions.TOKEN_OWN,
            Permissions.TASK_TYPE_MANAGE,
            Permissions.DECLARATION_MANAGE,
            Permissions.CLOCK_ADJUST,
            Permissions.JOB_RUN),
    // an external supervisor: their own sessions, the attendance and notes of those, nothing else
    SUPERVISOR(Permissions.SUPERVISION_READ);

    private final Set<String> permissions;

    Role(String... permissions) {
        this.permissions = Set.of(permissions);
    }

    /** The name used in shiro.ini and permission checks, e.g. "carrier-staff". */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Shiro permission strings this role grants. */
    public Set<String> permissions() {
        return permissions;
    }

    public boolean isStaff() {
        return this != VOLUNTEER;
    }

    /** The permission strings, named once. */
    public static final class Permissions {
        public static final String OWN_PROFILE = "profile:own";
        public static final String VOLUNTEER_READ = "volunteer:read";
        public static final String VOLUNTEER_MANAGE = "volunteer:manage";
        public static final String NOTE_WRITE = "note:write";
        public static final String MESSAGE_SEND = "message:send";
        public static final String TOKEN_OWN = "token:own";
        public static final String STAFF_READ = "staff:read";
        public static final String STAFF_MANAGE = "staff:manage";
        public static final String SITE_MANAGE = "site:manage";
        public static final String CARRIER_MANAGE = "carrier:manage";
        public static final String TASK_TYPE_MANAGE = "tasktype:manage";
        public static final String TASK_READ = "task:read";
        public static final String TASK_MANAGE = "task:manage";
        public static final String FAMILY_MANAGE = "family:manage";
        public static final String OFFER_MANAGE = "offer:manage";
        public static final String COURSE_MANAGE = "course:manage";
        public static final String CLEARANCE_MANAGE = "clearance:manage";
        public static final String DECLARATION_MANAGE = "declaration:manage";
        /** Ranked candidates, batch proposals and placements of the tasks one may read. */
        public static final String PLACEMENT_READ = "placement:read";

        public static final String PLACEMENT_PROPOSE = "placement:propose";
        /** Taking a placement through its steps: the task's carrier only. */
        public static final String PLACEMENT_MANAGE = "placement:manage";
        /** Supervision sessions one keeps or holds (supervisors: their own only). */
        public static final String SUPERVISION_READ = "supervision:read";
        /** Planning sessions for the own carrier (the network coordinator: for the network office). */
        public static final String SUPERVISION_MANAGE = "supervision:manage";
        /** The coordinators' dashboard: the own carrier's lists (the network coordinator: all carriers'). */
        public static final String DASHBOARD_READ = "dashboard:read";
        /** Running a background job now (the reminders), as the operator. */
        public static final String JOB_RUN = "job:run";
        /** The schedule of courses, supervision sessions and slots: the own carrier's (the network: all). */
        public static final String CALENDAR_READ = "calendar:read";
        /** The secret calendar feed URL of the own carrier: its coordinators create, replace and revoke it. */
        public static final String CALENDAR_FEED = "calendar:feed";
        /** Moving the test clock, which exists only on servers started with QN_TEST_CLOCK=true. */
        public static final String CLOCK_ADJUST = "clock:adjust";

        private Permissions() {}
    }
}
