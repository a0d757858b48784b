package org.quartiersnetz.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A Payara Micro of its own for a benchmark: the real WAR on a fresh PostgreSQL database, on
 * 127.0.0.1 only, without clustering, demo accounts on. Stopped when closed.
 */
final class BenchServer implements AutoCloseable {

    static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final Process process;
    final String base;
    final String jdbcUrl;

    private BenchServer(Process process, String base, String jdbcUrl) {
        this.process = process;
        this.base = base;
        this.jdbcUrl = jdbcUrl;
    }

    static BenchServer start(String database, int port) throws Exception {
        recreate(database);
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + database;
        Path target = Path.of(System.getProperty("qn.target", "src-integration/target"));
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-Dqn.bind.address=127.0.0.1", "-jar",
                target.resolve("payara-micro.jar").toString(), "--deploy", target.resolve("quartiersnetz.war").toString(),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--prebootcommandfile", System.getProperty("qn.preboot", "deployment/payara/preboot-commands.asadmin"),
                "--addLibs", target.resolve("server-libs").toString());
        Map<String, String> env = builder.environment();
        env.put("QN_DB_URL", jdbcUrl);
        env.put("QN_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        env.put("QN_DB_USER", "postgres");
        env.put("QN_DB_PASSWORD", "postgres");
        env.put("QN_DEMO", "true");
        env.put("QN_MAIL_PORT", "1");
        builder.redirectErrorStream(true).redirectOutput(target.resolve("bench-payara.log").toFile());
        BenchServer server = new BenchServer(builder.start(), "http://127.0.0.1:" + port, jdbcUrl);
        server.awaitReady(Duration.ofMinutes(3));
        return server;
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

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro stopped; see bench-payara.log");
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("not ready within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
