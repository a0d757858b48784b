package org.quartiersnetz.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.security.boundary.ApiTokenService;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static ApiToken token(UserAccount owner, Set<String> scopes) {
        return new ApiToken(owner, "Export", "hash", scopes, NOW, NOW.plus(Duration.ofDays(30)));
    }

    private static UserAccount staff() {
        return new UserAccount("fachkraft@example.org", "x", Role.CARRIER_STAFF, null, NOW);
    }

    @Test
    void aTokenWorksUntilItExpiresOrIsRevoked() {
        ApiToken token = token(staff(), Set.of("volunteer:read"));
        assertTrue(token.isUsableAt(NOW.plus(Duration.ofDays(29))));
        assertFalse(token.isUsableAt(NOW.plus(Duration.ofDays(30))), "expired at its end");
        token.revoke(NOW.plus(Duration.ofDays(1)));
        assertFalse(token.isUsableAt(NOW.plus(Duration.ofDays(2))), "revoked");
    }

    @Test
    void aDisabledOwnerDisablesTheirTokens() {
        UserAccount owner = staff();
        ApiToken token = token(owner, Set.of("volunteer:read"));
        owner.setDisabled(true, NOW);
        assertFalse(token.isUsableAt(NOW.plusSeconds(1)));
    }

    @Test
    void aTokenNeverGrantsMoreThanTheOwnersRoleNow() {
        UserAccount owner = staff();
        ApiToken token = token(owner, Set.of("volunteer:read", "note:write"));
        assertEquals(Set.of("note:write", "volunteer:read"), token.effectivePermissions());
        owner.changeRole(Role.NETWORK_COORDINATOR, null);
        assertEquals(Set.of("volunteer:read"), token.effectivePermissions(), "network coordinators write no notes");
    }

    @Test
    void tokensCannotBeGivenThePermissionToMakeTokens() {
        assertFalse(ApiTokenService.grantable(Role.ADMINISTRATOR).contains(Role.Permissions.TOKEN_OWN));
        assertTrue(ApiTokenService.grantable(Role.CARRIER_STAFF).contains(Role.Permissions.VOLUNTEER_READ));
    }
}
