package org.quartiersnetz.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * The one place that decides which volunteers a caller may see: a carrier's staff see those who
 * chose their carrier or joined the shared pool, network coordinators see all, a volunteer only
 * themself, administrators none. Staff see nobody whose e-mail address is not confirmed yet (a
 * sign-up becomes an application only then), nor anybody who has not accepted the privacy notice,
 * with one exception: a volunteer imported from a carrier's spreadsheet is seen by that carrier's
 * staff alone until they confirm and accept through the invitation link; then these rules apply.
 * What is not visible does not exist for the caller (404).
 */
@ApplicationScoped
public class VolunteerAccess {

    static final String NOT_FOUND = "volunteer.unknown";
    private static final String CONFIRMED = "EXISTS (SELECT 1 FROM user_account ua WHERE ua.id = v.account_id"
            + " AND ua.email_confirmed_at IS NOT NULL) AND v.privacy_consent_at IS NOT NULL";
    private static final String AWAITING_IMPORT = "(v.privacy_consent_at IS NULL AND v.imported_by_carrier_id = ?)";

    /** The same rule as SQL on the volunteer table aliased {@code v}; {@code ?} stands for its parameters. */
    public SqlCondition visibleSql(Caller caller) {
        if (caller.is(Role.NETWORK_COORDINATOR)) {
            return new SqlCondition(CONFIRMED, List.of());
        } else if (caller.isCarrierStaff()) {
            return visibleToCarrierSql(caller.carrierId());
        }
        return new SqlCondition("1 = 0", List.of());
    }

    /** Volunteers whose e-mail address is confirmed and who accepted the privacy notice, as SQL on {@code v}. */
    public String confirmedSql() {
        return CONFIRMED;
    }

    /** Whom a carrier's staff see, as SQL on the volunteer table aliased {@code v}. */
    public SqlCondition visibleToCarrierSql(long carrierId) {
        return new SqlCondition(
                "(" + CONFIRMED + " AND (v.shared_pool = TRUE OR EXISTS (SELECT 1 FROM volunteer_carrier vc"
                        + " WHERE vc.volunteer_id = v.id AND vc.carrier_id = ?)) OR " + AWAITING_IMPORT + ")",
                List.of(carrierId, carrierId));
    }

    /** Whom the staff of any of these carriers see, as SQL on the volunteer table aliased {@code v}. */
    public SqlCondition visibleToAnyCarrierSql(Collection<Long> carrierIds) {
        String marks = String.join(", ", Collections.nCopies(carrierIds.size(), "?"));
        // the staff of several carriers at once (e.g. a session's signed-up volunteers): never one awaiting an import
        return new SqlCondition(
                CONFIRMED + " AND (v.shared_pool = TRUE OR EXISTS (SELECT 1 FROM volunteer_carrier vc"
                        + " WHERE vc.volunteer_id = v.id AND vc.carrier_id IN (" + marks + ")))",
                List.copyOf(carrierIds));
    }

    public boolean canSee(Caller caller, Volunteer volunteer) {
        if (caller.is(Role.VOLUNTEER)) {
            return volunteer.getAccount().getId() == caller.accountId();
        } else if (!volunteer.isWelcomed()) {
            return caller.isCarrierStaff() && volunteer.isAwaitingAcceptanceBy(caller.carrierId());
        } else if (caller.is(Role.NETWORK_COORDINATOR)) {
            return true;
        } else if (caller.isCarrierStaff()) {
            return volunteer.isSharedPool() || volunteer.hasChosenCarrierId(caller.carrierId());
        }
        return false;
    }

    public Volunteer requireVisible(Caller caller, Volunteer volunteer) {
        if (volunteer == null || !canSee(caller, volunteer)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return volunteer;
    }

    /** Interview notes belong to one carrier: only its own staff read and write them. */
    public long requireNotesCarrier(Caller caller) {
        if (!caller.isCarrierStaff()) {
            throw new NotFoundException(NOT_FOUND);
        }
        return caller.carrierId();
    }

    /** A SQL fragment and the values of its {@code ?} placeholders, in order. */
    public record SqlCondition(String sql, List<Object> parameters) {}
}
