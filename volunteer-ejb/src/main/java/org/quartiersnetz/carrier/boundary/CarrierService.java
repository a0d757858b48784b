package org.quartiersnetz.carrier.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.NotFoundException;

/** The carriers of the network: read by everyone, kept by administrators. */
@Stateless
public class CarrierService {

    static final String CODE_TAKEN = "carrier.codeTaken";
    static final String UNKNOWN = "carrier.unknown";

    @PersistenceContext
    EntityManager em;

    public List<Carrier> listAll() {
        return em.createNamedQuery(Carrier.FIND_ALL, Carrier.class).getResultList();
    }

    public Optional<Carrier> findByCode(String code) {
        return em.createNamedQuery(Carrier.FIND_BY_CODE, Carrier.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Carrier getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException(UNKNOWN));
    }

    public Carrier create(@NotNull @Valid CarrierInput input) {
        if (findByCode(input.getCode()).isPresent()) {
            throw ConflictException.onField("code", CODE_TAKEN);
        }
        Carrier carrier = new Carrier(
                input.getCode(), input.getName().strip(), input.getShortName().strip(), input.getKind());
        Constraints.persistUnique(em, "code", CODE_TAKEN, carrier);
        return carrier;
    }

    /** Renames a carrier; its code and kind stay as they are. */
    public Carrier update(@NotNull String code, @NotNull @Valid CarrierInput input) {
        Carrier carrier = getByCode(code);
        carrier.rename(input.getName().strip(), input.getShortName().strip());
        return carrier;
    }
}
