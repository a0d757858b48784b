package org.quartiersnetz.it.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's managed Micro adapter, made fit for a black-box suite:
 * <ul>
 * <li>one Payara Micro per test JVM: a deployment of the same archive is kept running for the
 * next test class instead of being stopped after each (each start costs about 20 s);</li>
 * <li>the adapter's start-up race (it may parse Payara's output before the list of deployed
 * servlets is complete and then registers none) is detected, and Payara is restarted, a bounded
 * number of times;</li>
 * <li>tests talk to 127.0.0.1 (the adapter reports the host name Payara prints, which may be a
 * non-loopback address) and only once the application itself reports ready.</li>
 * </ul>
 */
public class ReusablePayaraMicroContainer extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(ReusablePayaraMicroContainer.class.getName());
    static final int MAX_STARTS = 3;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private Archive<?> running;
    private Set<String> runningContent;
    private ProtocolMetaData runningMetaData;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Set<String> content = contentOf(archive);
        if (running != null && runningContent.equals(content)) {
            return runningMetaData;
        }
        stopRunning();
        TestDatabase.prepareOnce();
        MailServer.startOnce();
        for (int start = 1; start <= MAX_STARTS; start++) {
            ProtocolMetaData metaData = super.deploy(archive);
            HTTPContext context =
                    metaData.getContexts(HTTPContext.class).iterator().next();
            if (!context.getServlets().isEmpty()) {
                running = archive;
                runningContent = content;
                runningMetaData = onLoopback(context);
                awaitReady(runningMetaData
                        .getContexts(HTTPContext.class)
                        .iterator()
                        .next());
                return runningMetaData;
            }
            LOG.warning("Payara Micro start " + start + " of " + MAX_STARTS
                    + ": the adapter parsed no servlets (start-up race); restarting");
            super.undeploy(archive);
        }
        throw new DeploymentException("Payara Micro did not report the deployed servlets in " + MAX_STARTS + " starts");
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept running for the next test class; stopped in stop() at the end of the suite
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("could not stop Payara Micro", e);
        }
        super.stop();
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            super.undeploy(running);
            running = null;
            runningContent = null;
            runningMetaData = null;
        }
    }

    private static Set<String> contentOf(Archive<?> archive) {
        Set<String> content = new TreeSet<>();
        content.add(archive.getName());
        archive.getContent().keySet().forEach(path -> content.add(path.get()));
        return content;
    }

    private static ProtocolMetaData onLoopback(HTTPContext reported) {
        HTTPContext loopback = new HTTPContext("127.0.0.1", reported.getPort());
        for (Servlet servlet : reported.getServlets()) {
            loopback.add(new Servlet(servlet.getName(), servlet.getContextRoot()));
        }
        return new ProtocolMetaData().addContext(loopback);
    }

    private static void awaitReady(HTTPContext context) throws DeploymentException {
        URI ready = URI.create("http://127.0.0.1:" + context.getPort() + "/health/ready");
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeploymentException("interrupted while waiting for readiness", e);
            }
            sleep();
        }
        throw new DeploymentException("the application did not become ready within " + READY_TIMEOUT);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
