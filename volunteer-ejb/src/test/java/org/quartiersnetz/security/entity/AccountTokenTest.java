package org.quartiersnetz.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T10:00:00Z");

    private static AccountToken validFor(Duration validity) {
        return new AccountToken(null, TokenPurpose.PASSWORD_RESET, "hash", ISSUED, ISSUED.plus(validity));
    }

    @Test
    void validUntilTheMomentItExpires() {
        AccountToken token = validFor(Duration.ofHours(1));
        assertEquals(TokenState.VALID, token.stateAt(ISSUED));
        assertEquals(TokenState.VALID, token.stateAt(ISSUED.plus(Duration.ofMinutes(59))));
        assertEquals(TokenState.EXPIRED, token.stateAt(ISSUED.plus(Duration.ofHours(1))));
        assertEquals(TokenState.EXPIRED, token.stateAt(ISSUED.plus(Duration.ofDays(3))));
    }

    @Test
    void usedOnceMeansUsedForGoodAndUsedWinsOverExpired() {
        AccountToken token = validFor(Duration.ofHours(48));
        Instant used = ISSUED.plus(Duration.ofHours(2));
        token.markUsed(used);
        token.markUsed(used.plus(Duration.ofHours(1)));
        assertEquals(used, token.getUsedAt(), "the first use counts");
        assertEquals(TokenState.USED, token.stateAt(used));
        assertEquals(TokenState.USED, token.stateAt(ISSUED.plus(Duration.ofDays(5))));
    }

    @Test
    void eachPurposeHasItsOwnMessages() {
        assertEquals("account.confirm.expired", TokenPurpose.EMAIL_CONFIRMATION.messageKey(TokenState.EXPIRED));
        assertEquals("account.reset.used", TokenPurpose.PASSWORD_RESET.messageKey(TokenState.USED));
    }
}
