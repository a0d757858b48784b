package org.quartiersnetz.matching.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.quartiersnetz.declaration.entity.DeclarationKind;

/**
 * What a judgement depends on besides task and volunteer: the weights, the clock, the
 * declaration versions in force (by kind, their ids) and whether the caller may learn of a relevant
 * conviction (carriers may; to the round table it reads as clearance missing).
 */
public record MatchContext(
        MatchWeights weights,
        LocalDate today,
        Instant now,
        Map<DeclarationKind, Long> declarationsInForce,
        boolean convictionsVisible) {}
