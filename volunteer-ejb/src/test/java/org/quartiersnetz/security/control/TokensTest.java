package org.quartiersnetz.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aTokenHas256RandomBitsWrittenUrlSafe() {
        String token = Tokens.newToken();
        assertEquals(43, token.length(), token);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertTrue(Tokens.isWellFormed(token));
        assertTrue(Tokens.RANDOM_BYTES * 8 >= 128);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(Tokens.newToken());
        }
        assertEquals(1000, tokens.size());
    }

    @Test
    void theSameRandomBytesGiveTheSameToken() {
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 0xFB);
            }
        };
        assertEquals("-_v7-_v7-_v7-_v7-_v7-_v7-_v7-_v7-_v7-_v7-_s", Tokens.newToken(fixed));
    }

    @Test
    void theHashIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.sha256("abc"));
        String token = Tokens.newToken();
        assertEquals(64, Tokens.sha256(token).length());
        assertNotEquals(token, Tokens.sha256(token));
        assertEquals(Tokens.sha256(token), Tokens.sha256(token));
    }

    @Test
    void anythingElseIsNotAToken() {
        assertFalse(Tokens.isWellFormed(null));
        assertFalse(Tokens.isWellFormed(""));
        assertFalse(Tokens.isWellFormed("short"));
        assertFalse(Tokens.isWellFormed(Tokens.newToken() + "x"));
        assertFalse(Tokens.isWellFormed("' OR 1=1 --                               "));
        assertFalse(Tokens.isWellFormed("+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+"));
    }
}
