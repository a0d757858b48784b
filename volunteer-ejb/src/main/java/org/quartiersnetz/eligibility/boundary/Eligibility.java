package org.quartiersnetz.eligibility.boundary;

import java.util.List;
import java.util.stream.Stream;
import org.quartiersnetz.task.entity.MissingRequirement;

/** The answer of the eligibility service: the verdict, what is missing and what is only a condition. */
public record Eligibility(Verdict verdict, List<Item> missing, List<Item> conditions) {

    /** Eligible; eligible once an enrolled course is completed; or not. */
    public enum Verdict {
        ELIGIBLE,
        ON_CONDITION,
        NOT_ELIGIBLE
    }

    /** One requirement, e.g. COURSE with the course code, MINIMUM_AGE with the age, DECLARATION with its kind. */
    public record Item(MissingRequirement requirement, String detail) {

        static Item of(MissingRequirement requirement) {
            return new Item(requirement, null);
        }
    }

    static Verdict verdictOf(List<Item> missing, List<Item> conditions) {
        if (!missing.isEmpty()) {
            return Verdict.NOT_ELIGIBLE;
        }
        return conditions.isEmpty() ? Verdict.ELIGIBLE : Verdict.ON_CONDITION;
    }

    /** The same verdict, with a relevant conviction named only as a missing clearance. */
    public Eligibility withConvictionAsMissingClearance() {
        return new Eligibility(
                verdict,
                missing.stream()
                        .map(item -> item.requirement() == MissingRequirement.CONVICTION
                                ? Item.of(MissingRequirement.CLEARANCE)
                                : item)
                        .toList(),
                conditions);
    }

    /** Everything that stands between the volunteer and the task now: missing items and conditions. */
    public List<MissingRequirement> lacking() {
        return Stream.concat(missing.stream(), conditions.stream())
                .map(Item::requirement)
                .distinct()
                .toList();
    }
}
