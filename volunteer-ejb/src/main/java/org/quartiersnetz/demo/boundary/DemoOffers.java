package org.quartiersnetz.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.entity.Texts;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.offer.entity.Offer;

/** The regular offers of the Derrsiedlung network for demo mode, each created once. */
@Dependent
public class DemoOffers {

    record DemoOffer(
            long siteId,
            String titleDe,
            String titleEn,
            String descriptionDe,
            String descriptionEn,
            List<String> languages,
            LocalTime start,
            LocalTime end,
            DayOfWeek... days) {}

    static final List<DemoOffer> OFFERS = List.of(
            new DemoOffer(
                    4,
                    "Elterncafé für muslimische Familien",
                    "Parents' café for Muslim families",
                    "Tee, Gespräche und Rat rund um Kinder und Familie – mit Kinderbetreuung.",
                    "Tea, conversation and advice about children and family – with childcare.",
                    List.of("de", "tr", "ar"),
                    LocalTime.of(9, 0),
                    LocalTime.of(12, 0),
                    DayOfWeek.WEDNESDAY),
            new DemoOffer(
                    3,
                    "Offene Sprechstunde",
                    "Open consultation hours",
                    "Beratung für Eltern, Kinder und Jugendliche ohne Termin, vertraulich und kostenlos.",
                    "Counselling for parents, children and young people without an appointment, confidential and free.",
                    List.of("de", "tr"),
                    LocalTime.of(14, 0),
                    LocalTime.of(16, 0),
                    DayOfWeek.MONDAY),
            new DemoOffer(
                    1,
                    "Nachbarschaftstreff geöffnet",
                    "Neighbourhood meeting place open",
                    "Frühe Hilfen, Hilfe für Alleinerziehende, Elternarbeit und Integrationshilfe – einfach vorbeikommen.",
                    "Early help, help for single parents, parent work and integration help – just drop in.",
                    List.of("de", "ru", "ar"),
                    LocalTime.of(10, 0),
                    LocalTime.of(13, 0),
                    DayOfWeek.TUESDAY,
                    DayOfWeek.THURSDAY),
            new DemoOffer(
                    2,
                    "Offener Kinder- und Jugendtreff",
                    "Open children's and youth club",
                    "Freizeit, Hausaufgaben, Spiele und Ausflüge für Kinder und Jugendliche.",
                    "Leisure, homework, games and trips for children and young people.",
                    List.of("de"),
                    LocalTime.of(15, 0),
                    LocalTime.of(19, 0),
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY));

    @PersistenceContext
    EntityManager em;

    /** Creates the demo offers that do not exist yet (by site and German title); returns how many. */
    public int fill() {
        int created = 0;
        for (DemoOffer demo : OFFERS) {
            Site site = em.find(Site.class, demo.siteId());
            if (site == null
                    || em.createQuery(
                                            "SELECT COUNT(o) FROM Offer o WHERE o.site = :site AND o.german.title = :title",
                                            Long.class)
                                    .setParameter("site", site)
                                    .setParameter("title", demo.titleDe())
                                    .getSingleResult()
                            > 0) {
                continue;
            }
            Offer offer = new Offer(site.getCarrier());
            offer.describe(
                    site,
                    Texts.german(demo.titleDe(), demo.descriptionDe())
                            .with("en", demo.titleEn(), demo.descriptionEn()));
            offer.schedule(
                    Arrays.stream(demo.days())
                            .map(day -> new WeeklyTime(day, demo.start(), demo.end()))
                            .toList(),
                    demo.languages(),
                    null,
                    null,
                    List.of());
            em.persist(offer);
            created++;
        }
        return created;
    }
}
