package org.quartiersnetz.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The matching's weights and limits from MicroProfile Config (environment variables
 * QN_MATCHING_WEIGHT_LANGUAGE, …_TIMES, …_SKILLS, …_TYPE_INTEREST, …_WAITING, …_CARRIER_CHOICE,
 * …_LOAD, …_PER_OPEN_PROPOSAL, …_CONDITION, QN_MATCHING_WAITING_CAP_WEEKS,
 * QN_MATCHING_MAX_OPEN_PROPOSALS, QN_MATCHING_BATCH_PER_VOLUNTEER); defaults in {@link MatchWeights#DEFAULTS}.
 */
@ApplicationScoped
public class MatchingSettings {

    @Inject
    @ConfigProperty(name = "qn.matching.weight.language", defaultValue = "250")
    int language;

    @Inject
    @ConfigProperty(name = "qn.matching.weight.times", defaultValue = "200")
    int times;

    @Inject
    @ConfigProperty(name = "qn.matching.weight.skills", defaultValue = "150")
    int skills;

    @Inject
    @ConfigProperty(name = "qn.matching.weight.type.interest", defaultValue = "100")
    int typeInterest;

    @Inject
    @ConfigProperty(name = "qn.matching.weight.waiting", defaultValue = "200")
    int waiting;

    @Inject
    @ConfigProperty(name = "qn.matching.weight.carrier.choice", defaultValue = "100")
    int carrierChoice;

    @Inject
    @ConfigProperty(name = "qn.matching.weight.load", defaultValue = "100")
    int load;

    @Inject
    @ConfigProperty(name = "qn.matching.weight.per.open.proposal", defaultValue = "25")
    int perOpenProposal;

    @Inject
    @ConfigProperty(name = "qn.matching.weight.condition", defaultValue = "100")
    int condition;

    @Inject
    @ConfigProperty(name = "qn.matching.waiting.cap.weeks", defaultValue = "26")
    int waitingCapWeeks;

    @Inject
    @ConfigProperty(name = "qn.matching.max.open.proposals", defaultValue = "3")
    int maxOpenProposals;

    @Inject
    @ConfigProperty(name = "qn.matching.batch.per.volunteer", defaultValue = "1")
    int batchPerVolunteer;

    public MatchWeights weights() {
        return new MatchWeights(
                Math.max(0, language),
                Math.max(0, times),
                Math.max(0, skills),
                Math.max(0, typeInterest),
                Math.max(0, waiting),
                Math.max(0, carrierChoice),
                Math.max(0, load),
                Math.max(0, perOpenProposal),
                Math.max(0, condition),
                Math.max(1, waitingCapWeeks),
                Math.max(1, maxOpenProposals),
                Math.max(1, batchPerVolunteer));
    }
}
