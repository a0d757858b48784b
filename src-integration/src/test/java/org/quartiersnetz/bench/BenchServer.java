package org.quartiersnetz.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.quartiersnetz.it.support.PayaraProcess;

/**
 * A Payara Micro of its own for a benchmark: the real WAR on a fresh PostgreSQL database, on
 * 127.0.0.1 only, without clustering, demo accounts on. Stopped when closed.
 */
final class BenchServer implements AutoCloseable {

    static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final PayaraProcess process;
    final String base;
    final String jdbcUrl;

    private static final int UNREACHABLE_MAIL = 1;

    private BenchServer(PayaraProcess process, String jdbcUrl) {
        this.process = process;
        this.base = process.base;
        this.jdbcUrl = jdbcUrl;
    }

    static BenchServer start(String database, int port) throws Exception {
        return start(database, port, UNREACHABLE_MAIL);
    }

    /** With the application's mails going to the SMTP server on this loopback port (1: nowhere). */
    static BenchServer start(String database, int port, int mailPort) throws Exception {
        recreate(database);
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + database;
        return new BenchServer(
                PayaraProcess.start(
                        port,
                        Map.of(
                                "QN_DB_URL",
                                jdbcUrl,
                                "QN_DB_DATASOURCE",
                                "org.postgresql.ds.PGSimpleDataSource",
                                "QN_DB_USER",
                                "postgres",
                                "QN_DB_PASSWORD",
                                "postgres",
                                "QN_DEMO",
                                "true",
                                "QN_MAIL_PORT",
                                String.valueOf(mailPort)),
                        "bench-payara.log",
                        Duration.ofMinutes(3)),
                jdbcUrl);
    }

    /**
     * As the README's start command runs it: an embedded H2 file database (in a fresh folder under
     * target/), demo data, the default password cost and heap.
     */
    static BenchServer startH2(String folder, int port) throws Exception {
        return startH2(folder, port, UNREACHABLE_MAIL);
    }

    static BenchServer startH2(String folder, int port, int mailPort) throws Exception {
        Path data = Path.of(System.getProperty("qn.target", "target"), folder);
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        String jdbcUrl = "jdbc:h2:file:" + data.toAbsolutePath().resolve("quartiersnetz")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        return new BenchServer(
                PayaraProcess.start(
                        port,
                        Map.of("QN_DB_URL", jdbcUrl, "QN_DEMO", "true", "QN_MAIL_PORT", String.valueOf(mailPort)),
                        "bench-payara.log",
                        Duration.ofMinutes(3)),
                jdbcUrl);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "postgres");
    }

    private static void recreate(String database) throws SQLException {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException(database);
        }
        try (Connection c = DriverManager.getConnection(PG_ADMIN, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
