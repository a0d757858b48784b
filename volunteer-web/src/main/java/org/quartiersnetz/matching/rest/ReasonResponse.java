package org.quartiersnetz.matching.rest;

import java.util.List;
import org.quartiersnetz.matching.control.Reason;
import org.quartiersnetz.matching.control.ReasonCode;
import org.quartiersnetz.matching.view.ReasonTexts;

/** One thing the matching says: its code and arguments for programs, its text for people. */
public record ReasonResponse(ReasonCode code, List<String> args, String text) {

    public static List<ReasonResponse> of(List<Reason> reasons, ReasonTexts texts) {
        return reasons.stream()
                .map(r -> new ReasonResponse(r.code(), r.args(), texts.text(r)))
                .toList();
    }
}
