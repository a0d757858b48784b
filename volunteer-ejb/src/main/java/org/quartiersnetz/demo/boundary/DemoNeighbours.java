package org.quartiersnetz.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.task.entity.TaskType;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * About 200 plausible volunteers of the estate for demo mode: the languages spoken there, the
 * carriers they chose, some in the shared pool, all stages of the lifecycle. The same every time
 * (fixed seed), and created only once.
 */
@Dependent
public class DemoNeighbours {

    static final int COUNT = 200;
    static final String DOMAIN = "@nachbarn.quartiersnetz.example";
    private static final String[] FIRST = {
        "Ayşe",
        "Mehmet",
        "Fatma",
        "Ali",
        "Olga",
        "Sergej",
        "Anna",
        "Jan",
        "Maria",
        "Thomas",
        "Leila",
        "Omar",
        "Natalia",
        "Dmitri",
        "Sabine",
        "Peter",
        "Yasemin",
        "Hasan",
        "Irina",
        "Lukas",
        "Elif",
        "Ahmad",
        "Svetlana",
        "Julia",
        "Karim",
        "Hanna",
        "Murat",
        "Zeynep",
        "Andrzej",
        "Monika"
    };
    private static final String[] LAST = {
        "Yılmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Ivanova",
        "Petrov",
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Haddad",
        "Nasser",
        "Kowalski",
        "Nowak",
        "Weber",
        "Becker",
        "Öztürk",
        "Arslan",
        "Smirnova",
        "Hoffmann",
        "Koch",
        "Al-Khatib",
        "Wagner",
        "Richter",
        "Popescu",
        "Krüger",
        "Çelik",
        "Kurt"
    };
    private static final String[][] LANGUAGE_SETS = {
        {"de"},
        {"de", "tr"},
        {"de", "ar"},
        {"de", "ru"},
        {"de", "en"},
        {"tr"},
        {"ar", "de"},
        {"ru", "uk", "de"},
        {"de", "pl"},
        {"de", "fa"},
        {"de", "ku", "tr"}
    };
    private static final String[] CARRIERS = {"beratungsstelle", "caritas", "jugendwerke"};

    @PersistenceContext
    EntityManager em;

    /** Creates the demo volunteers unless they exist; returns how many were created. */
    public int fill(String passwordHash, Instant now) {
        long existing = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.email LIKE :domain", Long.class)
                .setParameter("domain", "%" + DOMAIN)
                .getSingleResult();
        if (existing > 0) {
            return 0;
        }
        Random random = new Random(2026);
        List<Carrier> carriers = em.createNamedQuery(Carrier.FIND_BY_CODES, Carrier.class)
                .setParameter("codes", List.of(CARRIERS))
                .getResultList();
        List<TaskType> types =
                em.createNamedQuery(TaskType.FIND_ALL, TaskType.class).getResultList();
        UserAccount coordinator = em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", "netzwerk@quartiersnetz.example")
                .getSingleResult();
        for (int i = 0; i < COUNT; i++) {
            create(
                    i,
                    random,
                    passwordHash,
                    now.minus(random.nextInt(400), ChronoUnit.DAYS),
                    carriers,
                    types,
                    coordinator);
        }
        return COUNT;
    }

    private void create(
            int i,
            Random random,
            String hash,
            Instant signedUp,
            List<Carrier> carriers,
            List<TaskType> types,
            UserAccount coordinator) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        UserAccount account = new UserAccount("nachbar" + (i + 1) + DOMAIN, hash, Role.VOLUNTEER, null, signedUp);
        String[] languages = LANGUAGE_SETS[random.nextInt(LANGUAGE_SETS.length)];
        Volunteer v = new Volunteer(
                account,
                first,
                last,
                random.nextInt(3) == 0
                        ? null
                        : String.format("0214 %03d %04d", random.nextInt(1000), random.nextInt(10000)),
                List.of(languages),
                1,
                signedUp);
        Map<String, LanguageLevel> levels = new LinkedHashMap<>();
        for (int l = 0; l < languages.length; l++) {
            levels.put(languages[l], l == 0 ? LanguageLevel.NATIVE : LanguageLevel.values()[random.nextInt(3)]);
        }
        v.setLanguages(levels);
        v.setSkills(pick(random, EnumSet.allOf(Skill.class), 1 + random.nextInt(3)));
        v.setAvailability(availability(random));
        v.setInterests(pick(random, types, 1 + random.nextInt(3)));
        v.setCarriers(pick(random, carriers, 1 + random.nextInt(2)));
        v.setPlace(random.nextBoolean() ? "51373" : "51377", random.nextBoolean() ? "Derrsiedlung" : "Steinbüchel");
        v.setBirthDate(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        v.setCapacity(2 + random.nextInt(7), null, null);
        v.setSharedPool(random.nextInt(4) == 0, signedUp);
        em.persist(account);
        em.persist(v);
        VolunteerStatus target = VolunteerStatus.values()[Math.min(random.nextInt(6), 4)];
        walkTo(v, target, signedUp, coordinator);
    }

    private void walkTo(Volunteer v, VolunteerStatus target, Instant from, UserAccount by) {
        List<VolunteerStatus> path = switch (target) {
            case APPLIED -> List.of();
            case INTERVIEWED -> List.of(VolunteerStatus.INTERVIEWED);
            case ACTIVE -> List.of(VolunteerStatus.INTERVIEWED, VolunteerStatus.ACTIVE);
            case PAUSED -> List.of(VolunteerStatus.INTERVIEWED, VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED);
            case LEFT -> List.of(VolunteerStatus.INTERVIEWED, VolunteerStatus.LEFT);
        };
        Instant at = from;
        for (VolunteerStatus step : path) {
            at = at.plus(7, ChronoUnit.DAYS);
            em.persist(v.changeStatus(step, at, by, null, step == VolunteerStatus.LEFT ? "Umzug" : null));
        }
    }

    private static List<Availability> availability(Random random) {
        List<Availability> slots = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
            for (TimeBand band : TimeBand.values()) {
                if (random.nextInt(5) == 0) {
                    slots.add(new Availability(day, band));
                }
            }
        }
        return slots;
    }

    private static <T> List<T> pick(Random random, Collection<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(count, pool.size()));
    }
}
