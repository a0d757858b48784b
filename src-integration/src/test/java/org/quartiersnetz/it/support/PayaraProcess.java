package org.quartiersnetz.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One more Payara Micro with the real WAR, for benchmarks and for tests of several instances on one
 * database: on 127.0.0.1 only, without clustering, configured by the QN_* environment it is given.
 * Stopped when closed.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    public final String base;

    private PayaraProcess(Process process, Path log, String base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts it on the port with this environment (QN_DB_URL etc.) and waits until it is ready. */
    public static PayaraProcess start(int port, Map<String, String> environment, String logName, Duration timeout)
            throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("qn.target", "src-integration/target"));
        String war =
                System.getProperty("qn.war", target.resolve("quartiersnetz.war").toString());
        String jar = System.getProperty(
                "payara.microJar", target.resolve("payara-micro.jar").toString());
        String libs = System.getProperty(
                "qn.server.libs", target.resolve("server-libs").toString());
        ProcessBuilder builder = new ProcessBuilder(
                "java",
                "-Xmx512m",
                "-Dqn.bind.address=127.0.0.1",
                "-Dqn.cluster.interface=127.0.0.1",
                "-Dhazelcast.socket.bind.any=false",
                "-jar",
                jar,
                "--deploy",
                war,
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--nocluster",
                "--prebootcommandfile",
                System.getProperty("qn.preboot", "deployment/payara/preboot-commands.asadmin"),
                "--addLibs",
                libs);
        builder.environment().putAll(environment);
        Path log = Path.of(jar).resolveSibling(logName);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        PayaraProcess server = new PayaraProcess(builder.start(), log, "http://127.0.0.1:" + port);
        try {
            server.awaitReady(timeout);
        } catch (IOException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro stopped; see " + log);
            }
            try {
                HttpResponse<String> ready = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("not ready within " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
