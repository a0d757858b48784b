package org.quartiersnetz.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.control.Tokens;
import org.quartiersnetz.security.entity.ApiToken;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;

/** Personal API tokens: created (shown once), listed and revoked by their owner; checked per request. */
@Stateless
public class ApiTokenService {

    /** Tokens start with this, so that a leaked one is recognisable in a scan. */
    public static final String PREFIX = "qn_";

    static final String SCOPE_NOT_GRANTED = "token.scopeNotGranted";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The token and, only now, its secret value. */
    public record Created(ApiToken token, String secret) {}

    public Created create(@NotNull Caller caller, @NotNull @Valid NewApiToken request) {
        UserAccount account = em.find(UserAccount.class, caller.accountId());
        Set<String> scopes = new TreeSet<>(request.getScopes());
        Set<String> allowed = grantable(account.getRole());
        if (!allowed.containsAll(scopes)) {
            scopes.removeAll(allowed);
            throw InvalidInputException.onField("scopes", SCOPE_NOT_GRANTED, String.join(", ", scopes));
        }
        String secret = PREFIX + Tokens.newToken();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(
                account,
                request.getName(),
                Tokens.sha256(secret),
                scopes,
                now,
                now.plus(Duration.ofDays(request.getValidDays())));
        em.persist(token);
        return new Created(token, secret);
    }

    public List<ApiToken> list(@NotNull Caller caller) {
        return em.createNamedQuery(ApiToken.FIND_BY_ACCOUNT, ApiToken.class)
                .setParameter("account", em.getReference(UserAccount.class, caller.accountId()))
                .getResultList();
    }

    /** Revokes one of the caller's tokens; another's does not exist for them. */
    public void revoke(@NotNull Caller caller, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || token.getAccount().getId() != caller.accountId()) {
            throw new NotFoundException("token.unknown");
        }
        token.revoke(clock.instant());
    }

    /** The token with this secret, if it may be used now. */
    public Optional<ApiToken> findUsable(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || !Tokens.isWellFormed(secret.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", Tokens.sha256(secret))
                .getResultStream()
                .filter(t -> t.isUsableAt(clock.instant()))
                .findFirst();
    }

    /** The token by id, if it may still be used (checked again for every permission decision). */
    public Optional<ApiToken> findUsableById(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id)).filter(t -> t.isUsableAt(clock.instant()));
    }

    /** What a token of this role may be given: the role's permissions, except managing tokens. */
    public static Set<String> grantable(Role role) {
        Set<String> permissions = new TreeSet<>(role.permissions());
        permissions.remove(Role.Permissions.TOKEN_OWN);
        return permissions;
    }
}
