package org.quartiersnetz.carrier.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.quartiersnetz.carrier.entity.Carrier;

/** Reads the carriers of the network. */
@Stateless
public class CarrierService {

    @PersistenceContext
    EntityManager em;

    public List<Carrier> listAll() {
        return em.createNamedQuery(Carrier.FIND_ALL, Carrier.class).getResultList();
    }
}
