package org.quartiersnetz.security.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * Shiro's view of our accounts: the principal is the normalised e-mail address, the credentials
 * the stored password hash, the role the account's one role. Shiro creates this class from
 * shiro.ini, so it reaches the services through CDI.
 */
public class AccountRealm extends AuthorizingRealm {

    /** Spent on unknown addresses too, so that response times do not tell which exist. */
    private volatile String dummyHash;

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        Optional<UserAccount> account = accounts().findByEmail(credentials.getUsername());
        if (account.isEmpty()) {
            hashing().matches(new String(credentials.getPassword()), dummyHash());
            throw new UnknownAccountException();
        }
        return new SimpleAuthenticationInfo(account.get().getEmail(), account.get().getPasswordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String email = (String) getAvailablePrincipal(principals);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        accounts().findByEmail(email).ifPresent(a -> {
            info.addRole(a.getRole().roleName());
            info.addStringPermissions(a.getRole().permissions());
        });
        return info;
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hashing().hash("not a real password, never matches");
        }
        return dummyHash;
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }

    private static PasswordHashing hashing() {
        return CDI.current().select(PasswordHashing.class).get();
    }
}
