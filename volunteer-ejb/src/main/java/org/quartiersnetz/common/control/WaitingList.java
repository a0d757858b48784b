package org.quartiersnetz.common.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.quartiersnetz.common.entity.PlaceRequest;
import org.quartiersnetz.common.entity.PlaceStatus;

/**
 * "Take a place, else wait; leave; the first waiting moves up" for one kind of place request (slot
 * bookings, enrolments in course runs) and the thing it asks a place in. The caller holds the row
 * lock of that thing while it calls, so places are counted and given once, also when two people
 * ask for the last place at the same moment.
 *
 * @param <R> the kind of request
 */
public final class WaitingList<R extends PlaceRequest> {

    private final EntityManager em;
    private final Class<R> type;
    private final String owner;

    /**
     * @param owner the request's attribute that names the thing (e.g. {@code slot}, {@code run})
     */
    public WaitingList(EntityManager em, Class<R> type, String owner) {
        this.em = em;
        this.type = type;
        this.owner = owner;
    }

    /** Whether a new request gets a place: while fewer than the capacity are confirmed. */
    public static PlaceStatus placeFor(long confirmed, int capacity) {
        return confirmed < capacity ? PlaceStatus.CONFIRMED : PlaceStatus.WAITING;
    }

    /** The request joins: confirmed while there is a place, else at the end of the queue. A new one is stored. */
    public R take(R request, Object thing, int capacity, Instant now) {
        PlaceStatus place = placeFor(confirmed(thing), capacity);
        if (!em.contains(request)) {
            em.persist(request);
        }
        request.request(place, now);
        return request;
    }

    /**
     * The request leaves ({@code how}: cancelled, removed); when it held a place, the first waiting
     * moves up into it. Answers who moved up.
     */
    public Optional<R> leave(R request, PlaceStatus how, Object thing, Instant now) {
        boolean freesPlace = request.getStatus() == PlaceStatus.CONFIRMED;
        request.moveTo(how, now);
        return freesPlace ? moveUp(thing, now) : Optional.empty();
    }

    private Optional<R> moveUp(Object thing, Instant now) {
        Optional<R> next = em.createQuery(
                        "SELECT r FROM " + type.getSimpleName() + " r WHERE r." + owner
                                + " = :thing AND r.status = :waiting ORDER BY r.requestedAt, r.id",
                        type)
                .setParameter("thing", thing)
                .setParameter("waiting", PlaceStatus.WAITING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        next.ifPresent(r -> r.moveTo(PlaceStatus.CONFIRMED, now));
        return next;
    }

    private long confirmed(Object thing) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM " + type.getSimpleName() + " r WHERE r." + owner
                                + " = :thing AND r.status = :confirmed",
                        Long.class)
                .setParameter("thing", thing)
                .setParameter("confirmed", PlaceStatus.CONFIRMED)
                .getSingleResult();
    }
}
