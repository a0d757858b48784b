package org.quartiersnetz.clearance.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.quartiersnetz.clearance.boundary.ClearanceInput;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.view.QueryParams;

/**
 * Reads an inspection from JSON strictly. JSON-B would silently drop a property it does not know;
 * for §72a data a client sending more (an offence, a copy) must learn that it is refused, so any
 * other property answers 400 on that property and nothing is stored.
 */
final class ClearanceRequests {

    static final Set<String> ALLOWED = Set.of("inspectedOn", "certificateIssuedOn", "relevantConviction");
    static final String NOT_ALLOWED = "clearance.fieldNotAllowed";
    static final String NOT_A_DATE = "clearance.notADate";
    static final String NOT_A_BOOLEAN = "clearance.notABoolean";
    static final String NO_BODY = "clearance.noBody";

    private ClearanceRequests() {}

    static ClearanceInput input(JsonObject body) {
        if (body == null) {
            throw InvalidInputException.onField("body", NO_BODY);
        }
        for (String name : body.keySet()) {
            if (!ALLOWED.contains(name)) {
                throw InvalidInputException.onField(name, NOT_ALLOWED);
            }
        }
        ClearanceInput input = new ClearanceInput();
        input.setInspectedOn(date(body, "inspectedOn"));
        input.setCertificateIssuedOn(date(body, "certificateIssuedOn"));
        JsonValue conviction = body.get("relevantConviction");
        if (conviction == null || conviction.getValueType() == JsonValue.ValueType.NULL) {
            input.setRelevantConviction(null);
        } else if (conviction.getValueType() == JsonValue.ValueType.TRUE
                || conviction.getValueType() == JsonValue.ValueType.FALSE) {
            input.setRelevantConviction(conviction.getValueType() == JsonValue.ValueType.TRUE);
        } else {
            throw InvalidInputException.onField("relevantConviction", NOT_A_BOOLEAN);
        }
        return input;
    }

    private static LocalDate date(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(body.getString(name));
            if (QueryParams.allowedYear(date.getYear())) {
                return date;
            }
        } catch (ClassCastException | DateTimeParseException e) {
            // answered below
        }
        throw InvalidInputException.onField(name, NOT_A_DATE);
    }
}
