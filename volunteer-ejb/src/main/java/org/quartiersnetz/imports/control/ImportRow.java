package org.quartiersnetz.imports.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * One row of the spreadsheet as read: the volunteer it describes (e-mail normalised) and the reasons,
 * if any, why it cannot be imported. Course certificates share one date and issuer.
 */
public record ImportRow(
        int number,
        String firstName,
        String lastName,
        String email,
        String phone,
        Set<String> languages,
        String postcode,
        List<String> courses,
        LocalDate certificateDate,
        String issuer,
        List<RowReason> reasons) {

    public String normalizedEmail() {
        return UserAccount.normalizeEmail(email);
    }

    public boolean isRefused() {
        return !reasons.isEmpty();
    }

    public ImportRow refusedFor(RowReason reason) {
        List<RowReason> more = new java.util.ArrayList<>(reasons);
        more.add(reason);
        return new ImportRow(
                number,
                firstName,
                lastName,
                email,
                phone,
                languages,
                postcode,
                courses,
                certificateDate,
                issuer,
                List.copyOf(more));
    }
}
