package org.quartiersnetz.carrier.rest;

import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.carrier.entity.SiteKind;

/** A site of a carrier. */
public record SiteResponse(
        long id, String carrier, String name, SiteKind kind, String street, String postcode, String city) {

    static SiteResponse of(Site s) {
        return new SiteResponse(
                s.getId(),
                s.getCarrier().getCode(),
                s.getName(),
                s.getKind(),
                s.getStreet(),
                s.getPostcode(),
                s.getCity());
    }
}
