package org.quartiersnetz.task.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Time;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quartiersnetz.common.control.DatabaseProduct;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.common.control.SqlWhere;
import org.quartiersnetz.task.boundary.BoardFilter;
import org.quartiersnetz.task.entity.Task;

/**
 * Pages through the open tasks of all carriers in the database: one indexed query for the ids of
 * the page, one for the count, one loading the page with its collections in batches.
 */
@Dependent
public class BoardSearch {

    static final String ON_BOARD = "t.status IN ('OPEN', 'PARTLY_FILLED')";

    @Inject
    DatabaseProduct database;

    public Page<Task> search(EntityManager em, BoardFilter filter) {
        database.withoutJit(em);
        SqlWhere where = where(filter);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM task t WHERE " + where.sql());
        where.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), filter.page(), filter.size(), 0);
        }
        Query ids = em.createNativeQuery(
                "SELECT t.id FROM task t WHERE " + where.sql() + " ORDER BY t.starts_on, t.id LIMIT " + filter.size()
                        + " OFFSET " + (long) filter.page() * filter.size());
        where.bind(ids);
        List<Long> pageIds = ((List<?>) ids.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        return new Page<>(load(em, pageIds), filter.page(), filter.size(), total);
    }

    private static List<Task> load(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of(); // a page past the end; "IN ()" is not SQL
        }
        List<Task> tasks = new ArrayList<>(em.createQuery(
                        "SELECT t FROM Task t JOIN FETCH t.carrier JOIN FETCH t.type "
                                + "LEFT JOIN FETCH t.site WHERE t.id IN :ids",
                        Task.class)
                .setParameter("ids", ids)
                .getResultList());
        tasks.sort(Comparator.comparingInt(t -> ids.indexOf(t.getId())));
        return tasks;
    }

    private static SqlWhere where(BoardFilter filter) {
        SqlWhere where = new SqlWhere(ON_BOARD, List.of());
        if (filter.type() != null) {
            where.and("t.task_type_id = (SELECT tt.id FROM task_type tt WHERE tt.code = ?)", filter.type());
        }
        if (filter.language() != null) {
            where.and(
                    "EXISTS (SELECT 1 FROM task_language l WHERE l.task_id = t.id AND l.language = ?)",
                    filter.language());
        }
        if (filter.day() != null || filter.band() != null) {
            StringBuilder sql = new StringBuilder("EXISTS (SELECT 1 FROM task_schedule s WHERE s.task_id = t.id");
            List<Object> values = new ArrayList<>();
            if (filter.day() != null) {
                sql.append(" AND s.day_of_week = ?");
                values.add(filter.day().name());
            }
            if (filter.band() != null) {
                sql.append(" AND s.start_time < ? AND s.end_time > ?");
                values.add(Time.valueOf(filter.band().end()));
                values.add(Time.valueOf(filter.band().start()));
            }
            where.and(sql.append(')').toString(), values.toArray());
        }
        if (BoardFilter.AT_FAMILY_HOME.equals(filter.place())) {
            where.and("t.at_family_home = TRUE");
        } else if (filter.place() != null) {
            where.and("t.site_id = ?", Long.parseLong(filter.place()));
        }
        return where;
    }
}
