package org.quartiersnetz.security.web;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AccountException;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.quartiersnetz.common.control.BusyException;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.boundary.SignInResult;

/**
 * Shiro's view of our accounts: the principal is the normalised e-mail address, the role the
 * account's one role. The password is checked by {@link AccountService#signIn}, which also counts
 * failures and locks an address after too many, so Shiro's own credentials check is switched
 * off. Shiro creates this class from shiro.ini, so it reaches the services through CDI.
 */
public class AccountRealm extends AuthorizingRealm {

    public AccountRealm() {
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
    }

    /** The password was right, but the e-mail address is not confirmed yet. */
    public static class UnconfirmedEmailException extends AccountException {
        private static final long serialVersionUID = 1L;
    }

    /** Too many failed sign-ins: signing in is refused for some minutes without a password check. */
    public abstract static class LockedOutException extends ExcessiveAttemptsException {
        private static final long serialVersionUID = 1L;
        private final long minutesLeft;

        LockedOutException(long minutesLeft) {
            this.minutesLeft = minutesLeft;
        }

        public long minutesLeft() {
            return minutesLeft;
        }
    }

    /** Too many failed sign-ins for this e-mail address. */
    public static class LockedException extends LockedOutException {
        private static final long serialVersionUID = 1L;

        LockedException(long minutesLeft) {
            super(minutesLeft);
        }
    }

    /** Too many failed sign-ins from the caller's network address. */
    public static class AddressThrottledException extends LockedOutException {
        private static final long serialVersionUID = 1L;

        AddressThrottledException(long minutesLeft) {
            super(minutesLeft);
        }
    }

    /** Too many passwords are being checked at once; nothing was checked, try again shortly. */
    public static class ServerBusyException extends AuthenticationException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        ServerBusyException(long retryAfterSeconds) {
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        String password = credentials.getPassword() == null ? "" : new String(credentials.getPassword());
        SignInResult result;
        try {
            result = accounts().signIn(credentials.getUsername(), password, credentials.getHost());
        } catch (BusyException busy) {
            throw new ServerBusyException(busy.retryAfterSeconds());
        }
        return switch (result.outcome()) {
            case SIGNED_IN -> new SimpleAuthenticationInfo(result.email(), null, getName());
            case UNCONFIRMED -> throw new UnconfirmedEmailException();
            case LOCKED -> throw new LockedException(result.lockMinutesLeft());
            case THROTTLED -> throw new AddressThrottledException(result.lockMinutesLeft());
            case REFUSED -> throw new IncorrectCredentialsException();
        };
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        if (principals.fromRealm(getName()).isEmpty()) {
            return null; // signed in by another realm (an API token): its permissions are that realm's
        }
        String email = (String) getAvailablePrincipal(principals);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        accounts().findByEmail(email).filter(a -> !a.isDisabled()).ifPresent(a -> {
            info.addRole(a.getRole().roleName());
            info.addStringPermissions(a.getRole().permissions());
        });
        return info;
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }
}
