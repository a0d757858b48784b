package org.quartiersnetz.training.entity;

/** Where a qualification comes from: a course run of the network, or a certificate from elsewhere. */
public enum QualificationSource {
    RUN,
    EXTERNAL
}
