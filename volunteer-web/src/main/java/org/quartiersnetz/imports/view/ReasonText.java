package org.quartiersnetz.imports.view;

import java.util.List;
import java.util.Locale;
import org.quartiersnetz.common.view.Texts;
import org.quartiersnetz.imports.control.RowReason;

/** Why a row is refused, as people read it ("Unbekannte Sprache: Klingonisch"), for the API and the page. */
public final class ReasonText {

    private ReasonText() {}

    public static String of(Locale locale, RowReason reason) {
        return Texts.get(locale, reason.code(), reason.args().toArray());
    }

    public static List<String> of(Locale locale, List<RowReason> reasons) {
        return reasons.stream().map(r -> of(locale, r)).toList();
    }
}
