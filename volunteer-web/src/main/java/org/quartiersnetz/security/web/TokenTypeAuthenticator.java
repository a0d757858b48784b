package org.quartiersnetz.security.web;

import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;
import org.apache.shiro.authc.pam.UnsupportedTokenException;
import org.apache.shiro.realm.Realm;

/**
 * Each kind of credentials has exactly one realm (password → AccountRealm, bearer token →
 * ApiTokenRealm). Asking only that realm keeps its exceptions (locked, unconfirmed) intact, which
 * Shiro's multi-realm strategies would fold into one generic failure.
 */
public class TokenTypeAuthenticator extends ModularRealmAuthenticator {

    @Override
    protected AuthenticationInfo doAuthenticate(AuthenticationToken token) {
        assertRealmsConfigured();
        Realm realm = getRealms().stream()
                .filter(r -> r.supports(token))
                .findFirst()
                .orElseThrow(() -> new UnsupportedTokenException(
                        "no realm for " + token.getClass().getSimpleName()));
        return doSingleRealmAuthentication(realm, token);
    }
}
