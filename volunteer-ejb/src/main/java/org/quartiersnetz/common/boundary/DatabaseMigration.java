package org.quartiersnetz.common.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the application's one datasource and brings its schema up to date with Flyway before
 * anything else uses it. Where the datasource points is configuration: the environment variables
 * QN_DB_URL, QN_DB_USER, QN_DB_PASSWORD and QN_DB_DATASOURCE (the JDBC DataSource class); the
 * default is an embedded H2 file database under ./data.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "${ENV=QN_DB_DATASOURCE:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=QN_DB_URL:jdbc:h2:file:./data/quartiersnetz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}",
        user = "${ENV=QN_DB_USER:quartiersnetz}",
        password = "${ENV=QN_DB_PASSWORD:quartiersnetz}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/quartiersnetz";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    private volatile boolean completed;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        completed = true;
    }

    public boolean isCompleted() {
        return completed;
    }
}
