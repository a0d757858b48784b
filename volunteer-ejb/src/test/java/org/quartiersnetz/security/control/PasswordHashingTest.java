package org.quartiersnetz.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private static PasswordHashing at(int memoryKib, int iterations, int parallelism) {
        PasswordHashing hashing = new PasswordHashing();
        hashing.memoryKib = memoryKib;
        hashing.iterations = iterations;
        hashing.parallelism = parallelism;
        hashing.wait = Duration.ofSeconds(1);
        hashing.configure();
        return hashing;
    }

    @Test
    void aHashKeepsItsCostAndMatchesOnlyItsPassword() {
        PasswordHashing hashing = at(1024, 2, 1);
        String hash = hashing.hash("Sommer im Quartier 2026");
        assertTrue(hash.startsWith("$shiro2$argon2id$v=19$t=2,m=1024,p=1$"), hash);
        assertTrue(hashing.matches("Sommer im Quartier 2026", hash));
        assertFalse(hashing.matches("Sommer im Quartier 2027", hash));
        assertFalse(hashing.isOutdated(hash));
    }

    @Test
    void aHashMadeAtAnotherCostStillMatchesButIsOutdated() {
        String cheap = at(1024, 1, 1).hash("Sommer im Quartier 2026");
        PasswordHashing dearer = at(2048, 1, 1);
        assertTrue(dearer.matches("Sommer im Quartier 2026", cheap));
        assertTrue(dearer.isOutdated(cheap));
        assertTrue(at(1024, 2, 1).isOutdated(cheap));
        assertTrue(at(1024, 1, 2).isOutdated(cheap));
    }

    @Test
    void somethingThatIsNoShiroArgonHashIsOutdated() {
        PasswordHashing hashing = at(1024, 1, 1);
        assertTrue(hashing.isOutdated("$shiro1$SHA-256$500000$c2FsdA==$aGFzaA=="));
        assertTrue(hashing.isOutdated("plain text"));
        assertFalse(hashing.matchesNothing("Sommer im Quartier 2026"));
    }
}
