package org.quartiersnetz.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.family.entity.AgeBand;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Demo mode (QN_DEMO=true): fills the database with one account per role of the Derrsiedlung
 * network and about 200 volunteers from the neighbourhood, all with the same known password, and
 * prints them at start. Never on in production; existing accounts are left as they are, so
 * restarting in demo mode is harmless.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    /** Known on purpose: demo installations are for trying the platform out. */
    public static final String PASSWORD = "Demo-Passwort-2026";
    /** The demo family of Caritas. */
    public static final String DEMO_FAMILY = "F-2026-001";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    public record DemoAccount(String email, Role role, String carrierCode, String firstName, String lastName) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@quartiersnetz.example", Role.ADMINISTRATOR, null, "Jonas", "Admin"),
            new DemoAccount("netzwerk@quartiersnetz.example", Role.NETWORK_COORDINATOR, null, "Miriam", "Netz"),
            new DemoAccount(
                    "koordination.caritas@quartiersnetz.example",
                    Role.CARRIER_COORDINATOR,
                    "caritas",
                    "Claudia",
                    "Koch"),
            new DemoAccount(
                    "fachkraft.caritas@quartiersnetz.example", Role.CARRIER_STAFF, "caritas", "Tobias", "Brandt"),
            new DemoAccount(
                    "koordination.jugendwerke@quartiersnetz.example",
                    Role.CARRIER_COORDINATOR,
                    "jugendwerke",
                    "Sabine",
                    "Wolf"),
            new DemoAccount(
                    "fachkraft.jugendwerke@quartiersnetz.example", Role.CARRIER_STAFF, "jugendwerke", "Emre", "Aydın"),
            new DemoAccount(
                    "fachkraft.beratungsstelle@quartiersnetz.example",
                    Role.CARRIER_STAFF,
                    "beratungsstelle",
                    "Leyla",
                    "Haddad"),
            new DemoAccount(
                    "supervision.caritas@quartiersnetz.example", Role.SUPERVISOR, "caritas", "Renate", "Berger"),
            new DemoAccount("ehrenamt@quartiersnetz.example", Role.VOLUNTEER, null, "Hatice", "Demir"));

    @Inject
    @ConfigProperty(name = "qn.demo", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    @Inject
    DemoNeighbours neighbours;

    @Inject
    DemoOffers offers;

    @Inject
    DemoTasks tasks;

    @Inject
    DemoReadiness readiness;

    @Inject
    Event<VolunteerChanged> changed;

    public boolean isEnabled() {
        return enabled;
    }

    /** The demo staff and volunteer accounts (all with {@link #PASSWORD}), when demo mode is on. */
    public List<DemoAccount> accounts() {
        return enabled ? ACCOUNTS : List.of();
    }

    @PostConstruct
    void fill() {
        if (!enabled) {
            return;
        }
        String hash = passwordHashing.hash(PASSWORD);
        StringBuilder listing = new StringBuilder("Demo mode: these accounts sign in with the password ")
                .append(PASSWORD)
                .append(':');
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                create(demo, hash, clock.instant());
            }
            listing.append("\n  ").append(demo.role().roleName()).append(": ").append(demo.email());
        }
        addDemoFamily();
        int created = neighbours.fill(hash, clock.instant());
        listing.append("\n  and ").append(created).append(" new demo volunteers (…@nachbarn.quartiersnetz.example)");
        if (created > 0) {
            listing.append(", ").append(readiness.prepare(clock)).append(" of them ready for a godparent scheme");
        }
        listing.append("\n  and ").append(offers.fill()).append(" new demo offers of the carriers");
        listing.append("\n  and ").append(tasks.fill()).append(" new demo tasks on the board");
        if (created > 0) {
            // written past the services: the matching's view on every instance reads everybody again
            changed.fire(VolunteerChanged.everybody());
        }
        LOG.warning(listing::toString);
    }

    /** Caritas supports one family; other branches' tests link tasks to it by its code. */
    private void addDemoFamily() {
        if (!em.createNamedQuery(Family.FIND_BY_CODE, Family.class)
                .setParameter("code", DEMO_FAMILY)
                .getResultList()
                .isEmpty()) {
            return;
        }
        Carrier caritas = em.createNamedQuery(Carrier.FIND_BY_CODE, Carrier.class)
                .setParameter("code", "caritas")
                .getSingleResult();
        em.persist(new Family(
                caritas,
                DEMO_FAMILY,
                List.of("tr", "de"),
                List.of(AgeBand.UNDER_1, AgeBand.AGE_3_5),
                "Unterstützung im Alltag mit dem Baby, Begleitung zu Kinderarzt-Terminen",
                clock.instant()));
    }

    private void create(DemoAccount demo, String hash, Instant now) {
        Carrier carrier = demo.carrierCode() == null
                ? null
                : em.createNamedQuery(Carrier.FIND_BY_CODE, Carrier.class)
                        .setParameter("code", demo.carrierCode())
                        .getSingleResult();
        UserAccount account = new UserAccount(demo.email(), hash, demo.role(), carrier, now);
        em.persist(account);
        if (demo.role() == Role.VOLUNTEER) {
            em.persist(new Volunteer(
                    account, demo.firstName(), demo.lastName(), "0214 555 0101", List.of("de", "tr"), 1, now));
        } else {
            em.persist(new StaffMember(account, demo.firstName(), demo.lastName()));
        }
    }
}
