package org.quartiersnetz.common.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/** A native SQL query put together from optional conditions, each with its positional parameters. */
public final class NativeQuery {

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    private NativeQuery(String sql) {
        this.sql = new StringBuilder(sql);
    }

    public static NativeQuery of(String sql, Object... parameters) {
        return new NativeQuery("").append(sql, parameters);
    }

    /**
     * A column with the English title of the task, offer or course row {@code alias} of {@code table}
     * (null where there is none): translations are rows of {@code <table>_translation}.
     */
    public static String englishTitle(String table, String alias) {
        return "(SELECT tr.title FROM " + table + "_translation tr WHERE tr." + table + "_id = " + alias
                + ".id AND tr.language = 'en')";
    }

    /** Adds SQL with one parameter per {@code ?} in it. */
    public NativeQuery append(String fragment, Object... values) {
        sql.append(fragment);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds the condition with its one parameter unless the value is null (no filter). */
    public NativeQuery appendIf(Object value, String fragment) {
        return value == null ? this : append(fragment, value);
    }

    /** The rows, each as its columns. */
    public List<Object[]> rows(EntityManager em) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : bound(em).getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }

    /** Runs it as an insert, update or delete; the number of rows changed. */
    public int update(EntityManager em) {
        return bound(em).executeUpdate();
    }

    private Query bound(EntityManager em) {
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
