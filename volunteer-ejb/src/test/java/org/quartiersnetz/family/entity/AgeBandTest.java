package org.quartiersnetz.family.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void thePatternNamesEveryBandAndNothingElse() {
        assertEquals(Arrays.stream(AgeBand.values()).map(Enum::name).collect(Collectors.joining("|")), AgeBand.NAMES);
    }
}
