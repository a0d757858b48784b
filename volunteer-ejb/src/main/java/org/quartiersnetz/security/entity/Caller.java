package org.quartiersnetz.security.entity;

/**
 * Who asks: the signed-in account, its role and, for a carrier's staff, its carrier. Boundaries
 * take it to decide what the caller may see; the web layer builds it from Shiro's subject.
 */
public record Caller(long accountId, String email, Role role, Long carrierId) {

    public static Caller of(UserAccount account) {
        return new Caller(
                account.getId(),
                account.getEmail(),
                account.getRole(),
                account.getCarrier() == null ? null : account.getCarrier().getId());
    }

    /** Staff or coordinator of one carrier. */
    public boolean isCarrierStaff() {
        return carrierId != null && (role == Role.CARRIER_STAFF || role == Role.CARRIER_COORDINATOR);
    }

    public boolean is(Role other) {
        return role == other;
    }
}
