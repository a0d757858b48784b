package org.quartiersnetz.volunteer.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.common.control.DatabaseProduct;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.common.control.SqlWhere;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.volunteer.boundary.VolunteerFilter;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Pages through the volunteers a caller may see, filtered in the database: one indexed query for
 * the ids of the page, one for the count, one to load the page's volunteers (their collections
 * then come in batches, not one query per row).
 */
@Dependent
public class VolunteerSearch {

    @Inject
    VolunteerAccess access;

    @Inject
    DatabaseProduct database;

    public Page<Volunteer> search(EntityManager em, Caller caller, VolunteerFilter filter) {
        database.withoutJit(em);
        SqlWhere where = where(caller, filter);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM volunteer v WHERE " + where.sql());
        where.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), filter.page(), filter.size(), 0);
        }
        Query ids = em.createNativeQuery("SELECT v.id FROM volunteer v WHERE " + where.sql()
                + " ORDER BY " + sort(filter) + " LIMIT " + filter.size() + " OFFSET "
                + (long) filter.page() * filter.size());
        where.bind(ids);
        List<Long> pageIds = ((List<?>) ids.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        return new Page<>(load(em, pageIds), filter.page(), filter.size(), total);
    }

    /** Who may be written to: e-mail address and language of a volunteer. */
    public record Contact(String email, String language) {}

    /**
     * All volunteers the caller may see that match the filter (paging aside), want
     * circular mails and have not left; for group messages.
     */
    public List<Contact> contacts(EntityManager em, Caller caller, VolunteerFilter filter) {
        SqlWhere where = where(caller, filter);
        // an imported volunteer who has not accepted the privacy notice gets the invitation and nothing else
        where.and("v.group_mail = TRUE AND v.status <> 'LEFT' AND " + access.confirmedSql());
        Query query = em.createNativeQuery("SELECT ua.email, ua.preferred_language FROM volunteer v"
                + " JOIN user_account ua ON ua.id = v.account_id WHERE " + where.sql() + " ORDER BY ua.email");
        where.bind(query);
        return ((List<?>) query.getResultList())
                .stream()
                        .map(row -> (Object[]) row)
                        .map(row -> new Contact((String) row[0], (String) row[1]))
                        .toList();
    }

    private static List<Volunteer> load(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Volunteer> volunteers = new ArrayList<>(em.createNamedQuery(Volunteer.FIND_BY_IDS, Volunteer.class)
                .setParameter("ids", ids)
                .getResultList());
        volunteers.sort(Comparator.comparingInt(v -> ids.indexOf(v.getId())));
        return volunteers;
    }

    private static String sort(VolunteerFilter filter) {
        VolunteerFilter.Sort sort = filter.sort() == null ? VolunteerFilter.Sort.NAME : filter.sort();
        return sort.orderBy(filter.descending());
    }

    private SqlWhere where(Caller caller, VolunteerFilter filter) {
        VolunteerAccess.SqlCondition visible = access.visibleSql(caller);
        SqlWhere where = new SqlWhere(visible.sql(), visible.parameters());
        if (filter.status() != null) {
            where.and("v.status = ?", filter.status().name());
        }
        if (filter.language() != null) {
            where.and(
                    "EXISTS (SELECT 1 FROM volunteer_language l WHERE l.volunteer_id = v.id AND l.language = ?)",
                    filter.language());
        }
        if (filter.skill() != null) {
            where.and(
                    "EXISTS (SELECT 1 FROM volunteer_skill s WHERE s.volunteer_id = v.id AND s.skill = ?)",
                    filter.skill().name());
        }
        if (filter.day() != null || filter.band() != null) {
            availability(where, filter);
        }
        if (filter.carrier() != null && !filter.carrier().isBlank()) {
            where.and(
                    "EXISTS (SELECT 1 FROM volunteer_carrier fc JOIN carrier c ON c.id = fc.carrier_id"
                            + " WHERE fc.volunteer_id = v.id AND c.code = ?)",
                    filter.carrier());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            String pattern = "%"
                    + filter.name()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            where.and(
                    "(LOWER(v.last_name) LIKE ? ESCAPE '\\' OR LOWER(v.first_name) LIKE ? ESCAPE '\\')",
                    pattern,
                    pattern);
        }
        if (Boolean.TRUE.equals(filter.possibleDuplicate())) {
            where.and("v.possible_duplicate_of IS NOT NULL");
        }
        return where;
    }

    private static void availability(SqlWhere where, VolunteerFilter filter) {
        StringBuilder sql =
                new StringBuilder("EXISTS (SELECT 1 FROM volunteer_availability a WHERE a.volunteer_id = v.id");
        List<Object> values = new ArrayList<>();
        if (filter.day() != null) {
            sql.append(" AND a.day_of_week = ?");
            values.add(filter.day().name());
        }
        if (filter.band() != null) {
            sql.append(" AND a.band = ?");
            values.add(filter.band().name());
        }
        where.and(sql.append(')').toString(), values.toArray());
    }
}
