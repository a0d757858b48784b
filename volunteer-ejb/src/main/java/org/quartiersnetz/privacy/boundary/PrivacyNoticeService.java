package org.quartiersnetz.privacy.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.privacy.entity.PrivacyNotice;

/** Answers which privacy notice is in force. */
@Stateless
public class PrivacyNoticeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public PrivacyNotice getCurrent() {
        return em.createNamedQuery(PrivacyNotice.FIND_CURRENT, PrivacyNotice.class)
                .setParameter("now", clock.instant())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("privacy.notice.missing"));
    }
}
