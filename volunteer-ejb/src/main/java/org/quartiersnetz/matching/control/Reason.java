package org.quartiersnetz.matching.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One thing the matching says, with its arguments (codes, numbers, dates as text). */
public record Reason(ReasonCode code, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(ReasonCode code, Object... args) {
        return new Reason(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Reasons as one line of text for storing with a placement: {@code CODE:arg,arg;CODE}. */
    public static String encode(List<Reason> reasons) {
        return reasons.stream().map(Reason::encoded).collect(Collectors.joining(";"));
    }

    /** As {@link #encode(List)}, the first reasons only, whole, as many as fit into {@code maxLength}. */
    public static String encode(List<Reason> reasons, int maxLength) {
        StringBuilder encoded = new StringBuilder();
        for (Reason reason : reasons) {
            String next = (encoded.length() == 0 ? "" : ";") + reason.encoded();
            if (encoded.length() + next.length() > maxLength) {
                break;
            }
            encoded.append(next);
        }
        return encoded.toString();
    }

    private String encoded() {
        return args.isEmpty() ? code.name() : code.name() + ":" + String.join(",", args);
    }

    /** Reads what {@link #encode} wrote; unknown codes (from an older release) are left out. */
    public static List<Reason> decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return List.of();
        }
        return Arrays.stream(encoded.split(";"))
                .map(Reason::decodeOne)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Reason> decodeOne(String part) {
        int colon = part.indexOf(':');
        String name = colon < 0 ? part : part.substring(0, colon);
        try {
            ReasonCode code = ReasonCode.valueOf(name);
            List<String> args =
                    colon < 0 ? List.of() : List.of(part.substring(colon + 1).split(","));
            return Optional.of(new Reason(code, args));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
