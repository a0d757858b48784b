package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.MailServer;
import org.quartiersnetz.it.support.TestDatabase;

/**
 * The outbox against a mail server that is down: the business change does not wait for it or
 * fail with it, and the mail goes out once the server is back, exactly once. On PostgreSQL the
 * test also reads the outbox row: a failed attempt first, and no body kept after sending.
 */
class OutboxIT extends BlackBoxTest {

    @Test
    void aMailIsNotLostWhenTheMailServerIsDownAtFirst() throws InterruptedException {
        String email = uniqueEmail();
        MailServer.stop();
        try {
            signUp(signUpBody(email)).then().statusCode(201);
            // the worker tries at once after the commit, fails, and waits 10 s for its next attempt
            Thread.sleep(Duration.ofSeconds(3).toMillis());
        } finally {
            MailServer.restart();
        }

        confirmEmail(email);
        me(email, PASSWORD).then().statusCode(200);

        Thread.sleep(Duration.ofSeconds(6).toMillis());
        assertEquals(1, MailServer.mailsTo(email).size(), "sent once, not again");
        if (TestDatabase.isPostgresql()) {
            TestDatabase.OutboxRow row = TestDatabase.outboxRowsFor(email).get(0);
            assertTrue(row.attempts() >= 2, "failed first, then sent: " + row);
            assertTrue(row.sent(), row.toString());
            assertTrue(row.bodyErased(), "the single-use link is not kept once sent");
            assertTrue(row.lastError().contains("Connection refused"), row.lastError());
        }
    }
}
