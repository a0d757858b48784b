package org.quartiersnetz.it.matrix;

/** The ids of Caritas' records the page rows open, made by {@code AuthorizationMatrixIT} before any row runs. */
public record PageFixture(
        long family, long task, long draft, long caritasVolunteerId, long courseRun, long longTerm, long placement) {}
