/**
 * The coordinators' dashboard: what needs doing across the placements of the own carrier (the
 * network coordinator: of all carriers) — supervision overdue, qualifications expiring, clearance
 * due or missing, placements waiting for an intro meeting, sessions with free places — and how the
 * supervision coverage developed month by month.
 */
package org.quartiersnetz.dashboard;
