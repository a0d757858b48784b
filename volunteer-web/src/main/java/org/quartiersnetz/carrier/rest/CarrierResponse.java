package org.quartiersnetz.carrier.rest;

import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.CarrierKind;

/** A carrier of the network as the public sees it. */
public record CarrierResponse(long id, String code, String name, String shortName, CarrierKind kind) {

    static CarrierResponse of(Carrier c) {
        return new CarrierResponse(c.getId(), c.getCode(), c.getName(), c.getShortName(), c.getKind());
    }
}
