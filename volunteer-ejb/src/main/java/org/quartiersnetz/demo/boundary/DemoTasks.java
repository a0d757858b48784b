package org.quartiersnetz.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.entity.Texts;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.task.control.SlotRule;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskStatus;
import org.quartiersnetz.task.entity.TaskType;
import org.quartiersnetz.volunteer.entity.Skill;

/** Open tasks of the Derrsiedlung network for demo mode (and the café's coming Wednesdays), each created once. */
@Dependent
public class DemoTasks {

    record DemoTask(
            String staff,
            String type,
            Long siteId,
            boolean forDemoFamily,
            String titleDe,
            String titleEn,
            String descriptionDe,
            List<String> languages,
            Set<Skill> skills,
            int needed,
            String note,
            WeeklyTime... times) {}

    static final List<DemoTask> TASKS = List.of(
            new DemoTask(
                    "fachkraft.caritas@quartiersnetz.example",
                    "parents-cafe",
                    1L,
                    false,
                    "Helfer*in im Elterncafé, mittwochs 9–12 Uhr",
                    "Parents' café helper, Wednesdays 9–12",
                    "Tee und Kaffee anbieten, Kinder willkommen heißen, mit Eltern ins Gespräch kommen.",
                    List.of("de", "tr", "ar"),
                    EnumSet.of(Skill.COOKING),
                    3,
                    null,
                    new WeeklyTime(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
            new DemoTask(
                    "fachkraft.caritas@quartiersnetz.example",
                    "godparent",
                    null,
                    true,
                    "Familienpatenschaft: Begleitung einer jungen Familie",
                    "Godparent for a young family",
                    "Eine junge Familie im Quartier wünscht sich eine Patin oder einen Paten, die oder der "
                            + "einmal pro Woche ein paar Stunden Zeit hat und im Alltag zur Seite steht.",
                    List.of("tr"),
                    EnumSet.of(Skill.CHILDCARE),
                    1,
                    "Erstkontakt über die Familienhebamme",
                    new WeeklyTime(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(17, 0))),
            new DemoTask(
                    "fachkraft.jugendwerke@quartiersnetz.example",
                    "homework-help",
                    2L,
                    false,
                    "Hausaufgabenhilfe im Jugendtreff",
                    "Homework help at the youth club",
                    "Kinder der Grundschule bei den Hausaufgaben unterstützen, dienstags und donnerstags.",
                    List.of("de"),
                    EnumSet.of(Skill.HOMEWORK_HELP),
                    3,
                    null,
                    new WeeklyTime(DayOfWeek.TUESDAY, LocalTime.of(15, 0), LocalTime.of(17, 0)),
                    new WeeklyTime(DayOfWeek.THURSDAY, LocalTime.of(15, 0), LocalTime.of(17, 0))),
            new DemoTask(
                    "fachkraft.beratungsstelle@quartiersnetz.example",
                    "accompaniment",
                    null,
                    false,
                    "Begleitung zu Ämtern und Ärzten",
                    "Accompaniment to offices and doctors",
                    "Eltern zu Terminen begleiten und beim Verstehen helfen – Arabisch oder Türkisch hilft sehr.",
                    List.of("ar", "tr"),
                    EnumSet.of(Skill.INTERPRETING),
                    2,
                    null,
                    new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Creates the demo tasks that do not exist yet (by carrier and German title); returns how many. */
    public int fill() {
        int created = 0;
        for (DemoTask demo : TASKS) {
            List<UserAccount> staff = em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                    .setParameter("email", demo.staff())
                    .getResultList();
            if (staff.isEmpty() || exists(staff.get(0).getCarrier(), demo.titleDe())) {
                continue;
            }
            task(demo, staff.get(0));
            created++;
        }
        return created;
    }

    private boolean exists(Carrier carrier, String title) {
        return em.createQuery(
                                "SELECT COUNT(t) FROM Task t WHERE t.carrier = :carrier AND t.german.title = :title",
                                Long.class)
                        .setParameter("carrier", carrier)
                        .setParameter("title", title)
                        .getSingleResult()
                > 0;
    }

    private Task task(DemoTask demo, UserAccount staff) {
        TaskType type = em.createNamedQuery(TaskType.FIND_BY_CODES, TaskType.class)
                .setParameter("codes", List.of(demo.type()))
                .getSingleResult();
        LocalDate today = ClockProducer.today(clock);
        Task task = new Task(staff.getCarrier(), staff.getId(), clock.instant());
        task.describe(type, Texts.german(demo.titleDe(), demo.descriptionDe()).with("en", demo.titleEn(), null));
        Long family = demo.forDemoFamily()
                ? em.createNamedQuery(Family.FIND_BY_CODE, Family.class)
                        .setParameter("code", DemoData.DEMO_FAMILY)
                        .getSingleResult()
                        .getId()
                : null;
        task.place(demo.siteId() == null ? null : em.find(Site.class, demo.siteId()), demo.siteId() == null, family);
        task.plan(
                Set.of(demo.times()),
                today,
                type.getTypicalDurationMonths(),
                type.getTypicalHoursPerWeek() == null ? BigDecimal.valueOf(3) : type.getTypicalHoursPerWeek(),
                demo.needed());
        task.require(Set.copyOf(demo.languages()), demo.skills());
        task.setStaffNote(demo.note());
        task.moveTo(TaskStatus.OPEN);
        em.persist(task);
        if (type.isSlotBased()) {
            WeeklyTime time = demo.times()[0];
            LocalDate first = today.plusDays(1).with(TemporalAdjusters.nextOrSame(time.getDay()));
            for (SlotRule.Occasion o :
                    SlotRule.occasions(first, first.plusWeeks(7), time.getDay(), time.getStart(), time.getEnd())) {
                em.persist(new Slot(task, o.start(), o.end(), demo.needed()));
            }
        }
        return task;
    }
}
