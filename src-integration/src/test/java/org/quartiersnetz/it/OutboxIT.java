package org.quartiersnetz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.it.support.BlackBoxTest;
import org.quartiersnetz.it.support.MailServer;

/**
 * The outbox against a mail server that is down: the business change does not wait for it or
 * fail with it, and the mail goes out once the server is back, exactly once.
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
        assertEquals(0, MailServer.mailsTo(email).size());

        confirmEmail(email);
        me(email, PASSWORD).then().statusCode(200);

        Thread.sleep(Duration.ofSeconds(6).toMillis());
        assertEquals(1, MailServer.mailsTo(email).size(), "sent once, not again");
    }
}
