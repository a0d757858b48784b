package org.quartiersnetz.common.control;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/** A growing WHERE clause of native SQL; its {@code ?} placeholders are numbered when bound. */
public final class SqlWhere {

    private final StringBuilder sql;
    private final List<Object> values = new ArrayList<>();

    public SqlWhere(String first, List<Object> firstValues) {
        this.sql = new StringBuilder(number(first, 0));
        values.addAll(firstValues);
    }

    public void and(String condition, Object... conditionValues) {
        sql.append(" AND ").append(number(condition, values.size()));
        values.addAll(List.of(conditionValues));
    }

    /** The conditions, joined by AND, with numbered placeholders. */
    public String sql() {
        return sql.toString();
    }

    public void bind(Query query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }

    private static String number(String condition, int before) {
        StringBuilder numbered = new StringBuilder();
        int n = before;
        for (char c : condition.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        return numbered.toString();
    }
}
