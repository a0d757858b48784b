package org.quartiersnetz.security.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Collection;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.quartiersnetz.security.boundary.ApiTokenService;

/**
 * Personal API tokens ({@code Authorization: Bearer qn_…}): the principals are the owner's e-mail
 * address (so the rest of the application sees the owner) and the token's id; the permissions are
 * the token's scopes as far as the owner's role still grants them, never more.
 */
public class ApiTokenRealm extends AuthorizingRealm {

    /** Marks a subject that came in with a token rather than a password. */
    public record TokenId(long value) {}

    public ApiTokenRealm() {
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        var apiToken =
                tokens().findUsable(((BearerToken) token).getToken()).orElseThrow(IncorrectCredentialsException::new);
        SimplePrincipalCollection principals =
                new SimplePrincipalCollection(apiToken.getAccount().getEmail(), getName());
        principals.add(new TokenId(apiToken.getId()), getName());
        return new SimpleAuthenticationInfo(principals, null);
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        Collection<?> ours = principals.fromRealm(getName());
        return ours.stream()
                .filter(TokenId.class::isInstance)
                .map(TokenId.class::cast)
                .findFirst()
                .flatMap(id -> tokens().findUsableById(id.value()))
                .map(t -> {
                    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
                    info.addStringPermissions(t.effectivePermissions());
                    return (AuthorizationInfo) info;
                })
                .orElse(null);
    }

    private static ApiTokenService tokens() {
        return CDI.current().select(ApiTokenService.class).get();
    }
}
