package org.quartiersnetz.common.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartiersnetz.common.boundary.DatabaseMigration;

/** Which database the application runs on, for the few statements that differ between them. */
@ApplicationScoped
public class DatabaseProduct {

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    private volatile Boolean postgresql;

    public boolean isPostgresql() {
        if (postgresql == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgresql = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database product", e);
            }
        }
        return postgresql;
    }

    /**
     * Turns PostgreSQL's JIT compilation off for the rest of the caller's transaction: for the
     * short, selective list queries it costs more than it saves (300 ms instead of 80 ms measured
     * over 100,000 volunteers; README, Benchmarks).
     */
    public void withoutJit(EntityManager em) {
        if (isPostgresql()) {
            em.createNativeQuery("SET LOCAL jit = off").executeUpdate();
        }
    }
}
